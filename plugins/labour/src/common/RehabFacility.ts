import { z } from "zod";

/** The fields an officer fills in for one cơ sở cai nghiện ma túy; validates both the web form and the procedure input. */
export const RehabFacilityFields = z.object({
  /** Tên cơ sở */
  name: z.string().trim().min(1, "Nhập tên cơ sở").max(300),
  /** Loại hình */
  ownership: z.enum(["public", "private"], "Loại hình phải là công lập hoặc ngoài công lập"),
  /** Quy mô tiếp nhận (người) */
  capacity: z.number("Quy mô phải là số").int("Quy mô phải là số nguyên").min(0, "Quy mô không được âm").max(100000),
  /** Đang quản lý (người) */
  residents: z.number("Số học viên phải là số").int("Số học viên phải là số nguyên").min(0, "Số học viên không được âm").max(100000),
});
export type RehabFacilityFields = z.infer<typeof RehabFacilityFields>;
