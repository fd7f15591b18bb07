import type { CoreDatabase, Kysely } from "@pcmt/db";

/** A province's places (its own unit and those under it), by level then name, each with the units that succeeded it. */
export async function listPlaces(db: Kysely<CoreDatabase>, province: string) {
  const units = await db
    .selectFrom("org_units")
    .selectAll()
    .where("province_code", "=", province)
    .orderBy("level")
    .orderBy("name")
    .execute();
  const successors = await db
    .selectFrom("org_unit_successors")
    .selectAll()
    .where("from_code", "in", units.length ? units.map((u) => u.code) : [""])
    .execute();
  return units.map((u) => ({
    code: u.code,
    name: u.name,
    kind: u.kind,
    level: u.level,
    parent: u.parent_code,
    validFrom: u.valid_from,
    validTo: u.valid_to,
    note: u.note,
    successors: successors.filter((s) => s.from_code === u.code).map((s) => s.to_code),
  }));
}
