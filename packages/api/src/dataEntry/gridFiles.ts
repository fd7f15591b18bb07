import ExcelJS from "exceljs";
import type { SheetRow } from "../spreadsheets/readSheetRows";
import { readFailure } from "../spreadsheets/readFailure";
import type { DataGrid } from "./dataGrid";

export interface ImportProblem {
  /** 1-based row of the file (the header is row 1; 0 when the problem is not in a file), and the column's header. */
  row: number;
  column: string;
  message: string;
  /** The grid cell concerned, when there is one. */
  orgUnit?: string;
  elementId?: string;
}

export interface ParsedGrid {
  cells: { elementId: string; orgUnit: string; value: number | null; row: number; column: string }[];
  problems: ImportProblem[];
}

const unitCodeHeader = "Mã địa bàn";
const unitNameHeader = "Địa bàn";

/** The grid as an .xlsx workbook: one row per place, one column per data element (its code and name in the header). */
export async function gridToXlsx(grid: DataGrid, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PCMT";
  const sheet = workbook.addWorksheet("Số liệu");
  sheet.addRow([title]);
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([unitCodeHeader, unitNameHeader, ...grid.elements.map((e) => `${e.code} — ${e.name}`)]);
  sheet.getRow(2).font = { bold: true };
  for (const unit of grid.units) {
    sheet.addRow([unit.code, unit.name, ...grid.elements.map((e) => grid.cells.find((c) => c.orgUnit === unit.code && c.elementId === e.id)?.value ?? null)]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 34 : i === 1 ? 24 : 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "1.234,5" (vi-VN) or "1234.5" → number; "" → null; anything else → NaN. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  // The common case first: plain digits.
  if (/^\d{1,15}$/.test(trimmed)) return Number(trimmed);
  const normalised = /,\d{1,3}$/.test(trimmed) || /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed) ? trimmed.replace(/\./g, "").replace(",", ".") : trimmed.replace(/\s/g, "");
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/**
 * Reads a CSV or .xlsx file in the layout of the export (a header row with "Mã địa bàn" and the data elements'
 * codes, then one row per place), from its rows as the sheet reader streams them. Every problem is reported with
 * its row and column; nothing is stored here.
 */
export async function parseGridFile(grid: DataGrid, sheet: AsyncIterable<SheetRow[]>): Promise<ParsedGrid> {
  const problems: ImportProblem[] = [];
  const rows: SheetRow[] = [];
  try {
    for await (const batch of sheet) for (const row of batch) rows.push(row);
  } catch (error) {
    return { cells: [], problems: [{ row: 0, column: "", message: readFailure(error) }] };
  }
  const headerAt = rows.findIndex((r) => r.cells.some((c) => c.trim() === unitCodeHeader));
  if (headerAt < 0) return { cells: [], problems: [{ row: 1, column: "", message: `Không thấy dòng tiêu đề có cột “${unitCodeHeader}”.` }] };
  const headerRow = rows[headerAt]!;
  const header = headerRow.cells.map((c) => c.trim());
  const codeColumn = header.indexOf(unitCodeHeader);
  const columns = header
    .map((text, index) => ({ text, index }))
    .filter(({ text, index }) => index !== codeColumn && text !== unitNameHeader && text !== "");
  const elementFor = new Map<number, string>();
  for (const { text, index } of columns) {
    const code = text.split("—")[0]!.trim();
    const element = grid.elements.find((e) => e.code === code || e.name === text);
    if (!element) problems.push({ row: headerRow.number, column: text, message: "Không có chỉ tiêu số liệu này trong biểu của kỳ" });
    else elementFor.set(index, element.id);
  }
  const unitByCode = new Map(grid.units.map((u) => [u.code, u]));
  const cells: ParsedGrid["cells"] = [];
  const seen = new Set<string>();
  for (const { number, cells: row } of rows.slice(headerAt + 1)) {
    if (row.every((c) => c.trim() === "")) continue;
    const code = (row[codeColumn] ?? "").trim();
    const unit = unitByCode.get(code);
    if (!unit) {
      problems.push({ row: number, column: unitCodeHeader, message: `Địa bàn “${code}” không thuộc tỉnh hoặc không còn hiệu lực trong kỳ` });
      continue;
    }
    if (seen.has(code)) problems.push({ row: number, column: unitCodeHeader, message: `Địa bàn “${code}” xuất hiện hai lần` });
    seen.add(code);
    for (const [index, elementId] of elementFor) {
      const raw = row[index] ?? "";
      const value = parseNumber(raw);
      const column = header[index] ?? "";
      if (value !== null && Number.isNaN(value)) problems.push({ row: number, column, message: `“${raw}” không phải là số` });
      else cells.push({ elementId, orgUnit: unit.code, value, row: number, column });
    }
  }
  return { cells, problems };
}
