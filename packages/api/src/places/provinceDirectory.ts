import type { CoreDatabase, Kysely } from "@pcmt/db";
import { foldForSearch } from "../catalog/foldForSearch";

export interface Province {
  code: string;
  name: string;
}

/** Today's provinces (and centrally-run cities), from the place hierarchy: the repository's and any loaded dataset's. */
export async function listProvinces(db: Kysely<CoreDatabase>): Promise<Province[]> {
  const rows = await db
    .selectFrom("org_units")
    .select(["code", "name"])
    .where("level", "=", "province")
    .where("valid_to", "is", null)
    .execute();
  return rows.sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

/** A province's display name; its code when the place hierarchy does not know it. */
export async function provinceNameOf(db: Kysely<CoreDatabase>, code: string): Promise<string> {
  const row = await db
    .selectFrom("org_units")
    .select("name")
    .where("code", "=", code)
    .where("level", "=", "province")
    .executeTakeFirst();
  return row?.name ?? code;
}

export class UnknownProvinceError extends Error {}

/**
 * A province by code ("quang_tri") or by name, with or without accents and "tỉnh"/"thành phố" ("Quảng Trị",
 * "quang tri", "Tỉnh Quảng Trị"). Unknown names get an error listing the provinces there are.
 */
export async function findProvince(db: Kysely<CoreDatabase>, nameOrCode: string): Promise<Province> {
  const strip = (s: string) =>
    foldForSearch(s)
      .replace(/^(tinh|thanh pho)\s+/, "")
      .replace(/[\s_]+/g, " ")
      .trim();
  const wanted = strip(nameOrCode);
  const provinces = await listProvinces(db);
  const found =
    provinces.find((p) => p.code === nameOrCode.trim()) ??
    provinces.find((p) => strip(p.name) === wanted || strip(p.code) === wanted);
  if (!found) {
    const known =
      provinces.length > 12
        ? `${provinces
            .slice(0, 12)
            .map((p) => `${p.name} (${p.code})`)
            .join(", ")}, … (${provinces.length} tỉnh)`
        : provinces.map((p) => `${p.name} (${p.code})`).join(", ");
    throw new UnknownProvinceError(`Không có tỉnh "${nameOrCode}". Các tỉnh: ${known}`);
  }
  return found;
}
