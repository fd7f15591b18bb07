import { z } from "zod";

/** The fields an officer fills in for one điểm, tụ điểm phức tạp về ma túy; validates both the web form and the procedure input. */
export const DrugHotspotFields = z.object({
  /** Tên điểm, tụ điểm */
  name: z.string().trim().min(1, "Nhập tên điểm, tụ điểm").max(300),
  /** Địa bàn (xã, phường) */
  locality: z.string().trim().min(1, "Nhập địa bàn").max(200),
  /** Trạng thái */
  status: z.enum(["active", "eliminated"], "Trạng thái phải là đang hoạt động hoặc đã triệt xóa"),
  /** Ngày phát hiện */
  discovered_on: z.iso.date("Ngày phát hiện phải có dạng YYYY-MM-DD"),
});
export type DrugHotspotFields = z.infer<typeof DrugHotspotFields>;
