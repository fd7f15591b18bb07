import { z } from "zod";

/** The fields an officer fills in for one buổi tuyên truyền; validates both the web form and the procedure input. */
export const AwarenessSessionFields = z.object({
  /** Trường */
  school: z.string().trim().min(1, "Nhập tên trường").max(300),
  /** Chủ đề */
  topic: z.string().trim().min(1, "Nhập chủ đề").max(500),
  /** Ngày tổ chức */
  held_on: z.iso.date("Ngày tổ chức phải có dạng YYYY-MM-DD"),
  /** Số người tham dự */
  participants: z.number("Số người tham dự phải là số").int("Số người tham dự phải là số nguyên").min(0, "Số người tham dự không được âm").max(1000000),
});
export type AwarenessSessionFields = z.infer<typeof AwarenessSessionFields>;
