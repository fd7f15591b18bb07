import { type Actor, type GridCell, validateGrid } from "@pcmt/domain";
import { loadReport, ReportId, type ReportRow, requireReportAction, requireReportRead } from "../reports/reportAccess";
import { sql } from "@pcmt/db";
import { createRouter, procedures, type RequestContext, TRPCError, z } from "@pcmt/plugin-sdk";
import { dataValueKey, writeDataValues } from "../dataValues/writeDataValues";
import { type DataGrid, loadDataGrid } from "./dataGrid";
import { gridToXlsx, type ImportProblem, parseGridFile } from "./gridFiles";



/**
 * Validates the grid as it would be after the changes and stores all of them, or none: every problem is listed
 * with its place and column. Each changed value is audited with its before and after.
 */
async function storeChanges(
  ctx: RequestContext & { actor: Actor },
  report: ReportRow,
  grid: DataGrid,
  changes: GridCell[],
): Promise<{ stored: number; problems: ImportProblem[] }> {
  const known = new Set(grid.cells.map((c) => `${c.orgUnit}|${c.elementId}`));
  const foreign = changes.filter((c) => !known.has(`${c.orgUnit}|${c.elementId}`));
  if (foreign.length > 0) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `Ô không thuộc biểu của kỳ: ${foreign.map((c) => `${c.orgUnit} / ${c.elementId}`).join(", ")}` });
  }
  const after = new Map(grid.cells.map((c) => [`${c.orgUnit}|${c.elementId}`, c]));
  for (const change of changes) after.set(`${change.orgUnit}|${change.elementId}`, change);
  const names = (id: string) => grid.elements.find((e) => e.id === id)?.name ?? id;
  const errors = validateGrid([...after.values()], { parts: grid.parts, wholeNumberElements: grid.wholeNumberElements, names });
  const unitName = (code: string) => grid.units.find((u) => u.code === code)?.name ?? code;
  if (errors.length > 0) {
    return {
      stored: 0,
      problems: errors.map((e) => ({ row: 0, column: names(e.elementId), message: `${unitName(e.orgUnit)}: ${e.message}`, orgUnit: e.orgUnit, elementId: e.elementId })),
    };
  }
  const current = new Map(grid.cells.map((c) => [`${c.orgUnit}|${c.elementId}`, c.value]));
  const changed = changes.filter((c) => current.get(`${c.orgUnit}|${c.elementId}`) !== c.value);
  await ctx.db.transaction().execute((trx) =>
    writeDataValues(
      trx,
      changed.map((c) => ({ elementId: c.elementId, orgUnit: c.orgUnit, period: report.period, value: c.value, agencyCode: report.agency_code, provinceCode: report.province_code })),
      { userId: ctx.actor.userId, audit: { requestId: ctx.requestId } },
    ),
  );
  return { stored: changed.length, problems: [] };
}

const publicGrid = (grid: DataGrid) => ({
  period: grid.period,
  level: grid.level,
  elements: grid.elements,
  units: grid.units,
  cells: grid.cells,
  parts: grid.parts,
  wholeNumberElements: [...grid.wholeNumberElements],
});

/** Indicator data entry for a report: the grid, saving, import from .xlsx/.csv (all or nothing), export to .xlsx. */
export const dataEntryRouter = createRouter({
  grid: procedures
    .signedIn()
    .input(z.object({ reportId: ReportId }))
    .query(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportRead(ctx.actor, report);
      return publicGrid(await loadDataGrid(ctx.db, report));
    }),

  save: procedures
    .forRoles("agency_officer")
    .input(
      z.object({
        reportId: ReportId,
        cells: z.array(z.object({ elementId: z.string().min(1).max(300), orgUnit: z.string().min(1).max(200), value: z.number("Giá trị phải là số").nullable() })).max(20_000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportAction(ctx.actor, report, "edit");
      const result = await storeChanges(ctx, report, await loadDataGrid(ctx.db, report), input.cells);
      return { ...result, grid: publicGrid(await loadDataGrid(ctx.db, report)) };
    }),

  importFile: procedures
    .forRoles("agency_officer")
    .input(z.object({ reportId: ReportId, fileName: z.string().trim().min(1).max(200), contentBase64: z.string().min(1).max(14_000_000, "Tệp vượt quá 10 MB") }))
    .mutation(async ({ ctx, input }) => {
      if (!/\.(xlsx|csv)$/i.test(input.fileName)) throw new TRPCError({ code: "BAD_REQUEST", message: "Chỉ nhận tệp .xlsx hoặc .csv." });
      const report = await loadReport(ctx.db, input.reportId);
      requireReportAction(ctx.actor, report, "edit");
      const grid = await loadDataGrid(ctx.db, report);
      const parsed = await parseGridFile(grid, input.fileName, Buffer.from(input.contentBase64, "base64"));
      if (parsed.problems.length > 0) return { stored: 0, problems: parsed.problems, grid: publicGrid(grid) };
      const result = await storeChanges(ctx, report, grid, parsed.cells);
      // Put the file's row numbers back on grid-level problems (parts larger than wholes).
      const problems = result.problems.map((p) => ({ ...p, row: parsed.cells.find((c) => c.orgUnit === p.orgUnit && c.elementId === p.elementId)?.row ?? 0 }));
      return { stored: result.stored, problems, grid: publicGrid(await loadDataGrid(ctx.db, report)) };
    }),

  exportFile: procedures
    .signedIn()
    .input(z.object({ reportId: ReportId }))
    .query(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportRead(ctx.actor, report);
      const grid = await loadDataGrid(ctx.db, report);
      const bytes = await gridToXlsx(grid, `Số liệu ${report.agency_code} — kỳ ${report.period}`);
      return { fileName: `so-lieu-${report.agency_code}-${report.period}.xlsx`, contentBase64: bytes.toString("base64") };
    }),

  /** Every change of one value: who, when, before, after. */
  valueHistory: procedures
    .signedIn()
    .input(z.object({ reportId: ReportId, elementId: z.string().min(1).max(300), orgUnit: z.string().min(1).max(200) }))
    .query(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportRead(ctx.actor, report);
      // The value must be a cell of this report's grid: reading a report does not open other agencies' or provinces'
      // values through it.
      const grid = await loadDataGrid(ctx.db, report);
      if (!grid.elements.some((e) => e.id === input.elementId) || !grid.units.some((u) => u.code === input.orgUnit)) {
        throw new TRPCError({ code: "FORBIDDEN", message: "Chỉ tiêu hoặc địa bàn không thuộc biểu số liệu của báo cáo này." });
      }
      const changes = await ctx.db
        .selectFrom("audit_log")
        .leftJoin("users", "users.id", "audit_log.actor_user_id")
        .select(["audit_log.id", "audit_log.at", "users.display_name as actor", "audit_log.before", "audit_log.after"])
        .where("entity", "=", "data_value")
        .where("entity_id", "=", dataValueKey(input.elementId, input.orgUnit, report.period))
        .orderBy("audit_log.id")
        .execute();
      if (changes[0] && changes[0].before === null) return changes;
      // First entered by a batch (the period's values imported together): its value is what the next change
      // replaced, or the value stored now.
      const batch = await ctx.db
        .selectFrom("audit_log")
        .leftJoin("users", "users.id", "audit_log.actor_user_id")
        .select(["audit_log.id", "audit_log.at", "users.display_name as actor"])
        .where("entity", "=", "data_value_batch")
        .where(sql<boolean>`audit_log.after @> ${JSON.stringify({ periods: [report.period], provinces: [report.province_code], elements: [input.elementId] })}::jsonb`)
        .orderBy("audit_log.id", "desc")
        .executeTakeFirst();
      if (!batch) return changes;
      const stored = await ctx.db
        .selectFrom("data_values")
        .select("value")
        .where("period", "=", report.period)
        .where("province_code", "=", report.province_code)
        .where("data_element_id", "=", input.elementId)
        .where("org_unit_code", "=", input.orgUnit)
        .executeTakeFirst();
      const first = changes[0] ? changes[0].before : (stored?.value ?? null);
      return first === null ? changes : [{ ...batch, before: null, after: first }, ...changes];
    }),
});
