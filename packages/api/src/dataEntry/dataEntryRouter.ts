import { loadReport, ReportId, requireReportAction, requireReportRead } from "../reports/reportAccess";
import { sql } from "@pcmt/db";
import { createRouter, procedures, recordAudit, TRPCError, z } from "@pcmt/plugin-sdk";
import { dataValueKey } from "../dataValues/writeDataValues";
import { provinceNameOf } from "../places/provinceDirectory";
import { loadDataGrid } from "./dataGrid";
import { gridToXlsx } from "./gridFiles";
import { publicGrid, storeChanges } from "./storeGridChanges";
import { agencyLabel, describePeriod, fileNameSlug, previousPeriods } from "@pcmt/domain";
import { confirmCopies, historyPeriods } from "./valueNotes";



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
        cells: z
          .array(
            z.object({
              elementId: z.string().min(1).max(300),
              orgUnit: z.string().min(1).max(200),
              value: z.number("Giá trị phải là số").nullable(),
              copiedFrom: z.string().max(20).nullable().optional(),
            }),
          )
          .max(20_000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportAction(ctx.actor, report, "edit");
      const earlier = new Set(previousPeriods(report.period, historyPeriods));
      if (input.cells.some((c) => c.copiedFrom != null && !earlier.has(c.copiedFrom))) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Giá trị chỉ được sao chép từ một kỳ trước của cùng loại kỳ." });
      }
      const result = await storeChanges(ctx, report, await loadDataGrid(ctx.db, report), input.cells);
      return { ...result, grid: publicGrid(await loadDataGrid(ctx.db, report)) };
    }),

  /**
   * The values of the period before, for the same places and data elements: the officer may start from them
   * (each copied value stays marked until confirmed).
   */
  previousValues: procedures
    .forRoles("agency_officer")
    .input(z.object({ reportId: ReportId }))
    .query(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportAction(ctx.actor, report, "edit");
      const grid = await loadDataGrid(ctx.db, report);
      const [period] = previousPeriods(report.period, 1);
      if (!period) throw new TRPCError({ code: "BAD_REQUEST", message: "Báo cáo của nhiệm vụ có hạn riêng không có kỳ trước để sao chép." });
      const ids = grid.elements.map((e) => e.id);
      const units = new Set(grid.units.map((u) => u.code));
      const rows = ids.length
        ? await ctx.db
            .selectFrom("data_values")
            .select(["org_unit_code as orgUnit", "data_element_id as elementId", "value"])
            .where("province_code", "=", report.province_code)
            .where("period", "=", period)
            .where("data_element_id", "in", ids)
            .execute()
        : [];
      return { period, cells: rows.filter((r) => units.has(r.orgUnit)) };
    }),

  /** The officer confirms every copied value of the grid as this period's. */
  confirmCopies: procedures
    .forRoles("agency_officer")
    .input(z.object({ reportId: ReportId }))
    .mutation(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportAction(ctx.actor, report, "edit");
      const grid = await loadDataGrid(ctx.db, report);
      const confirmed = await confirmCopies(ctx.db, report, grid.elements.map((e) => e.id));
      if (confirmed > 0) await recordAudit(ctx, { action: "report.copies_confirmed", entity: "report", entityId: report.id, after: { count: confirmed } });
      return { confirmed, grid: publicGrid(await loadDataGrid(ctx.db, report)) };
    }),

  exportFile: procedures
    .signedIn()
    .input(z.object({ reportId: ReportId }))
    .query(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportRead(ctx.actor, report);
      const grid = await loadDataGrid(ctx.db, report);
      const agency = agencyLabel(report.agency_code);
      const bytes = await gridToXlsx(grid, `Số liệu ${agency} — ${await provinceNameOf(ctx.db, report.province_code)} — ${describePeriod(report.period)}`);
      return { fileName: `so-lieu-${fileNameSlug(agency)}-${report.period}.xlsx`, contentBase64: bytes.toString("base64") };
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
