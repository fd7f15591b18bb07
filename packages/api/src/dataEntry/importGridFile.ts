import { z } from "@pcmt/plugin-sdk";
import { loadReport, ReportId, requireReportAction } from "../reports/reportAccess";
import { readSheet } from "../spreadsheets/readSheet";
import { sheetKindOf } from "../spreadsheets/readSheetRows";
import { defineFileUpload } from "../uploads/fileUpload";
import { loadDataGrid } from "./dataGrid";
import { parseGridFile } from "./gridFiles";
import { publicGrid, storeChanges } from "./storeGridChanges";

/** Rows a grid's file may hold beyond one per place (titles, notes, blank lines). */
const spareRows = 200;

/**
 * A report's grid from an .xlsx or .csv file in the layout of its export (`POST /api/files/data-grid`), stored all or
 * nothing: every problem is listed by row and column; a file without problems replaces the cells it names.
 */
export const importGridFileUpload = defineFileUpload({
  name: "data-grid",
  roles: ["agency_officer"],
  maxBytes: 10 * 1024 * 1024,
  extensions: ["xlsx", "csv"],
  fields: z.object({ reportId: ReportId }),
  readsSpreadsheet: true,
  async receive(ctx, { reportId }, file) {
    const report = await loadReport(ctx.db, reportId);
    requireReportAction(ctx.actor, report, "edit");
    const grid = await loadDataGrid(ctx.db, report);
    const sheet = readSheet(file.path, sheetKindOf(file.fileName)!, {
      limits: { maxRows: grid.units.length + spareRows },
    });
    const parsed = await parseGridFile(grid, sheet);
    if (parsed.problems.length > 0) return { stored: 0, problems: parsed.problems, grid: publicGrid(grid) };
    const result = await storeChanges(ctx, report, grid, parsed.cells, { kind: "file", fileName: file.fileName });
    // Put the file's row numbers back on grid-level problems (parts larger than wholes).
    const problems = result.problems.map((p) => ({
      ...p,
      row: parsed.cells.find((c) => c.orgUnit === p.orgUnit && c.elementId === p.elementId)?.row ?? 0,
    }));
    return { stored: result.stored, problems, grid: publicGrid(await loadDataGrid(ctx.db, report)) };
  },
});
