import { z } from "zod";

/**
 * Provinces the platform knows before the place hierarchy (OrgUnit) is loaded: the three of the source documents.
 * Codes are snake_case names without diacritics.
 */
export const provinces = [
  { code: "thai_nguyen", nameVi: "Thái Nguyên" },
  { code: "ha_tinh", nameVi: "Hà Tĩnh" },
  { code: "quang_tri", nameVi: "Quảng Trị" },
] as const;

export const ProvinceCode = z.string().regex(/^[a-z][a-z_]*$/, "Mã tỉnh chỉ gồm chữ thường không dấu và dấu gạch dưới");

export function provinceName(code: string): string {
  return provinces.find((p) => p.code === code)?.nameVi ?? code;
}
