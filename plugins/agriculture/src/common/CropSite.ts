import { z } from "zod";

/** The fields an officer fills in for one điểm trồng cây có chứa chất ma túy; validates both the web form and the procedure input. */
export const CropSiteFields = z.object({
  /** Địa bàn (xã, thôn) */
  locality: z.string().trim().min(1, "Nhập địa bàn").max(300),
  /** Loại cây */
  plant: z.enum(["cannabis", "opium_poppy", "coca", "other"], "Loại cây không hợp lệ"),
  /** Diện tích (m²) */
  area_m2: z.number("Diện tích phải là số").positive("Diện tích phải lớn hơn 0").max(10000000),
  /** Ngày phát hiện */
  discovered_on: z.iso.date("Ngày phát hiện phải có dạng YYYY-MM-DD"),
  /** Đã phá bỏ */
  destroyed: z.boolean("Đã phá bỏ phải là có hoặc không"),
});
export type CropSiteFields = z.infer<typeof CropSiteFields>;
