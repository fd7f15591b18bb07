import { z } from "zod";

/** The fields an officer fills in for one doanh nghiệp kinh doanh tiền chất; validates both the web form and the procedure input. */
export const PrecursorFirmFields = z.object({
  /** Tên doanh nghiệp */
  name: z.string().trim().min(1, "Nhập tên doanh nghiệp").max(300),
  /** Mã số thuế */
  tax_code: z.string().trim().regex(/^\d{10}(-\d{3})?$/, "Mã số thuế gồm 10 chữ số (hoặc 13 với chi nhánh, dạng 0123456789-001)"),
  /** Tiền chất kinh doanh */
  precursors: z.string().trim().min(1, "Nêu các tiền chất kinh doanh").max(1000),
  /** Ngày kiểm tra gần nhất */
  last_inspected_on: z.iso.date("Ngày kiểm tra phải có dạng YYYY-MM-DD").nullable(),
});
export type PrecursorFirmFields = z.infer<typeof PrecursorFirmFields>;
