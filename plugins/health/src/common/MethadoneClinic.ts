import { z } from "zod";

/** The fields an officer fills in for one cơ sở điều trị Methadone; validates both the web form and the procedure input. */
export const MethadoneClinicFields = z.object({
  /** Tên cơ sở */
  name: z.string().trim().min(1, "Nhập tên cơ sở").max(300),
  /** Địa chỉ */
  address: z.string().trim().min(1, "Nhập địa chỉ").max(300),
  /** Công suất (người) */
  capacity: z.number("Công suất phải là số").int("Công suất phải là số nguyên").min(0, "Công suất không được âm").max(100000),
  /** Đang điều trị (người) */
  patients: z.number("Số người đang điều trị phải là số").int("Số người đang điều trị phải là số nguyên").min(0, "Số người đang điều trị không được âm").max(100000),
});
export type MethadoneClinicFields = z.infer<typeof MethadoneClinicFields>;
