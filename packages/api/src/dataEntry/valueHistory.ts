import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";
import { TRPCError } from "@pcmt/plugin-sdk";
import { dataValueKey } from "../dataValues/writeDataValues";
import type { ReportRow } from "../reports/reportAccess";
import { loadDataGrid } from "./dataGrid";

/**
 * Every change of one value of a report's grid: who, when, before, after. A value first entered by a batch (the
 * period's values imported together) starts with that batch.
 */
export async function valueHistory(
  db: Kysely<CoreDatabase>,
  report: ReportRow,
  cell: { elementId: string; orgUnit: string },
) {
  // The value must be a cell of this report's grid: reading a report does not open other agencies' or provinces'
  // values through it.
  const grid = await loadDataGrid(db, report);
  if (!grid.elements.some((e) => e.id === cell.elementId) || !grid.units.some((u) => u.code === cell.orgUnit)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Chỉ tiêu hoặc địa bàn không thuộc biểu số liệu của báo cáo này.",
    });
  }
  const changes = await db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_user_id")
    .select(["audit_log.id", "audit_log.at", "users.display_name as actor", "audit_log.before", "audit_log.after"])
    .where("entity", "=", "data_value")
    .where("entity_id", "=", dataValueKey(cell.elementId, cell.orgUnit, report.period))
    .orderBy("audit_log.id")
    .execute();
  if (changes[0] && changes[0].before === null) return changes;
  // First entered by a batch (the period's values imported together): its value is what the next change
  // replaced, or the value stored now.
  const batch = await db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_user_id")
    .select(["audit_log.id", "audit_log.at", "users.display_name as actor"])
    .where("entity", "=", "data_value_batch")
    .where(
      sql<boolean>`audit_log.after @> ${JSON.stringify({ periods: [report.period], provinces: [report.province_code], elements: [cell.elementId] })}::jsonb`,
    )
    .orderBy("audit_log.id", "desc")
    .executeTakeFirst();
  if (!batch) return changes;
  const stored = await db
    .selectFrom("data_values")
    .select("value")
    .where("period", "=", report.period)
    .where("province_code", "=", report.province_code)
    .where("data_element_id", "=", cell.elementId)
    .where("org_unit_code", "=", cell.orgUnit)
    .executeTakeFirst();
  const first = changes[0] ? changes[0].before : (stored?.value ?? null);
  return first === null ? changes : [{ ...batch, before: null, after: first }, ...changes];
}
