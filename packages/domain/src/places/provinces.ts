import { z } from "zod";

/**
 * The provinces of the source documents, for screens that show a name before asking the server. The platform's
 * list of provinces is the place hierarchy in the database (any dataset may add provinces); this is not it.
 * Codes are snake_case names without diacritics.
 */
export const provinces = [
  { code: "thai_nguyen", nameVi: "Thái Nguyên" },
  { code: "ha_tinh", nameVi: "Hà Tĩnh" },
  { code: "quang_tri", nameVi: "Quảng Trị" },
] as const;

export const ProvinceCode = z
  .string()
  .max(60)
  .regex(/^[a-z][a-z0-9_]*$/, "Mã tỉnh chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới");

export function provinceName(code: string): string {
  return provinces.find((p) => p.code === code)?.nameVi ?? code;
}
