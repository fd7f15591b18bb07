import { type DataValueWrite, dataValueKey, type WriteOptions } from "@pcmt/api";
import type { CoreDatabase, Kysely } from "@pcmt/db";

/**
 * The naive way, kept as the benchmark's baseline: one statement per value (and one audit row each), as the
 * data-entry grid stored values before the set-based writer.
 */
export async function writeDataValuesRowByRow(
  db: Kysely<CoreDatabase>,
  rows: readonly DataValueWrite[],
  options: WriteOptions,
): Promise<number> {
  let written = 0;
  for (const row of rows) {
    if (row.value === null) continue;
    const before = await db
      .selectFrom("data_values")
      .select("value")
      .where("province_code", "=", row.provinceCode)
      .where("data_element_id", "=", row.elementId)
      .where("org_unit_code", "=", row.orgUnit)
      .where("period", "=", row.period)
      .executeTakeFirst();
    await db
      .insertInto("data_values")
      .values({
        data_element_id: row.elementId,
        org_unit_code: row.orgUnit,
        period: row.period,
        value: row.value,
        agency_code: row.agencyCode,
        province_code: row.provinceCode,
        entered_by: options.userId,
      })
      .onConflict((oc) =>
        oc
          .columns(["period", "province_code", "data_element_id", "org_unit_code"])
          .doUpdateSet({ value: row.value as number, entered_by: options.userId, entered_at: new Date() }),
      )
      .execute();
    if (options.audit) {
      await db
        .insertInto("audit_log")
        .values({
          actor_user_id: options.userId,
          request_id: options.audit.requestId,
          action: "data_value.set",
          entity: "data_value",
          entity_id: dataValueKey(row.elementId, row.orgUnit, row.period),
          before: before ? JSON.stringify(before.value) : null,
          after: JSON.stringify(row.value),
        })
        .execute();
    }
    written++;
  }
  return written;
}
