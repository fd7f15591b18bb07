import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type Actor, previousPeriods } from "@pcmt/domain";
import { type RequestContext, recordAudit, TRPCError } from "@pcmt/plugin-sdk";
import type { ReportRow } from "../reports/reportAccess";
import { loadDataGrid } from "./dataGrid";
import { publicGrid } from "./storeGridChanges";
import { confirmCopies } from "./valueNotes";

/**
 * The values of the period before, for the same places and data elements as the report's grid: the officer may
 * start from them (each copied value stays marked until confirmed).
 */
export async function previousPeriodValues(db: Kysely<CoreDatabase>, report: ReportRow) {
  const grid = await loadDataGrid(db, report);
  const [period] = previousPeriods(report.period, 1);
  if (!period)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Báo cáo của nhiệm vụ có hạn riêng không có kỳ trước để sao chép.",
    });
  const ids = grid.elements.map((e) => e.id);
  const units = new Set(grid.units.map((u) => u.code));
  const rows = ids.length
    ? await db
        .selectFrom("data_values")
        .select(["org_unit_code as orgUnit", "data_element_id as elementId", "value"])
        .where("province_code", "=", report.province_code)
        .where("period", "=", period)
        .where("data_element_id", "in", ids)
        .execute()
    : [];
  return { period, cells: rows.filter((r) => units.has(r.orgUnit)) };
}

/** The officer confirms every copied value of the report's grid as this period's; audited when there were any. */
export async function confirmGridCopies(ctx: RequestContext & { actor: Actor }, report: ReportRow) {
  const grid = await loadDataGrid(ctx.db, report);
  const confirmed = await confirmCopies(
    ctx.db,
    report,
    grid.elements.map((e) => e.id),
  );
  if (confirmed > 0)
    await recordAudit(ctx, {
      action: "report.copies_confirmed",
      entity: "report",
      entityId: report.id,
      after: { count: confirmed },
    });
  return { confirmed, grid: publicGrid(await loadDataGrid(ctx.db, report)) };
}
