import { z } from "zod";

/**
 * A place (địa bàn) with the dates it existed: until 30/6/2025 province → district → commune; from 1/7/2025
 * province → commune (districts abolished, provinces merged). Old units link to the units that took them over,
 * so that figures entered for an old unit still add up under the new one.
 */
export const OrgUnitLevel = z.enum(["province", "district", "commune"]);
export type OrgUnitLevel = z.infer<typeof OrgUnitLevel>;

export const OrgUnitKind = z.enum([
  "tinh",
  "thanh_pho_tw",
  "thanh_pho",
  "thi_xa",
  "huyen",
  "quan",
  "xa",
  "phuong",
  "thi_tran",
  "dac_khu",
]);
export type OrgUnitKind = z.infer<typeof OrgUnitKind>;

export const orgUnitKindLabels: Record<OrgUnitKind, string> = {
  tinh: "Tỉnh",
  thanh_pho_tw: "Thành phố trực thuộc Trung ương",
  thanh_pho: "Thành phố",
  thi_xa: "Thị xã",
  huyen: "Huyện",
  quan: "Quận",
  xa: "Xã",
  phuong: "Phường",
  thi_tran: "Thị trấn",
  dac_khu: "Đặc khu",
};

/** The same in English. */
export const orgUnitKindLabelsEn: Record<OrgUnitKind, string> = {
  tinh: "Province",
  thanh_pho_tw: "Centrally governed city",
  thanh_pho: "City",
  thi_xa: "Town",
  huyen: "District",
  quan: "Urban district",
  xa: "Commune",
  phuong: "Ward",
  thi_tran: "Township",
  dac_khu: "Special zone",
};

const IsoDate = z.iso.date();

export const OrgUnit = z.object({
  /** Dotted, lower-case, stable: "quang_tri", "quang_tri.huong_hoa", "quang_tri.huong_hoa.khe_sanh", "quang_tri.khe_sanh_2025". */
  code: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/),
  /** Name without the kind word: "Hướng Hóa", "Khe Sanh", "Phường 1" keeps its number ("1"). */
  name: z.string().min(1),
  kind: OrgUnitKind,
  level: OrgUnitLevel,
  parent: z.string().nullable(),
  /** First day it existed in this form; null when it predates the platform's history. */
  validFrom: IsoDate.nullable(),
  /** Last day it existed; null while it exists. */
  validTo: IsoDate.nullable(),
  /** Units that took it over (merge: one; split: several). */
  successors: z.array(z.string()),
  /** Where the fact comes from (a resolution number, e.g. "Nghị quyết 1680/NQ-UBTVQH15"), or a caveat. */
  note: z.string().nullable(),
});
export type OrgUnit = z.infer<typeof OrgUnit>;

export const OrgUnitFile = z.object({ province: z.string(), units: z.array(OrgUnit) });
