import { createRouter, procedures, z } from "@pcmt/plugin-sdk";
import { loadReport, ReportId, requireReportAction, requireReportRead } from "../reports/reportAccess";
import { loadDataGrid } from "./dataGrid";
import { exportGridFile } from "./exportGridFile";
import { confirmGridCopies, previousPeriodValues } from "./previousPeriodCopies";
import { publicGrid, saveGrid } from "./storeGridChanges";
import { valueHistory } from "./valueHistory";

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
      return saveGrid(ctx, report, input.cells);
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
      return previousPeriodValues(ctx.db, report);
    }),

  /** The officer confirms every copied value of the grid as this period's. */
  confirmCopies: procedures
    .forRoles("agency_officer")
    .input(z.object({ reportId: ReportId }))
    .mutation(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportAction(ctx.actor, report, "edit");
      return confirmGridCopies(ctx, report);
    }),

  exportFile: procedures
    .signedIn()
    .input(z.object({ reportId: ReportId }))
    .query(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportRead(ctx.actor, report);
      return exportGridFile(ctx.db, report);
    }),

  /** Every change of one value: who, when, before, after. */
  valueHistory: procedures
    .signedIn()
    .input(z.object({ reportId: ReportId, elementId: z.string().min(1).max(300), orgUnit: z.string().min(1).max(200) }))
    .query(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportRead(ctx.actor, report);
      return valueHistory(ctx.db, report, input);
    }),
});
