import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
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

/** The rows of the first sheet of an .xlsx file or of a CSV file (UTF-8, with or without BOM), as text. */
/**
 * How large a spreadsheet may be once unpacked: an .xlsx is a zip, and ExcelJS reads the whole unpacked workbook into
 * memory (a 14.5 MB file of a million rows unpacks to hundreds of MB and stalls the server). Checked from the zip's
 * directory before anything is read.
 */
export const spreadsheetLimits = { maxUnpackedBytes: 80 * 1024 * 1024 };

export class SpreadsheetTooLargeError extends Error {
  constructor(readonly unpackedBytes: number) {
    super(`Tệp Excel quá lớn khi giải nén (${Math.round(unpackedBytes / 1024 / 1024)} MB, tối đa ${Math.round(spreadsheetLimits.maxUnpackedBytes / 1024 / 1024)} MB): chia thành nhiều tệp hoặc dùng tệp .csv.`);
    this.name = "SpreadsheetTooLargeError";
  }
}

/** The unpacked size of a zip (an .xlsx), from its directory: nothing is decompressed. */
async function unpackedSize(bytes: Buffer): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  let total = 0;
  for (const entry of Object.values(zip.files)) total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  return total;
}

export async function readRows(fileName: string, bytes: Buffer, limits = spreadsheetLimits): Promise<string[][]> {
  if (fileName.toLowerCase().endsWith(".csv")) {
    const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
    return parsed.data.map((row) => row.map((cell) => String(cell ?? "")));
  }
  const unpacked = await unpackedSize(bytes);
  if (unpacked > limits.maxUnpackedBytes) throw new SpreadsheetTooLargeError(unpacked);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[number - 1] = values.map((v) => (v === null || v === undefined ? "" : typeof v === "object" && "result" in v ? String(v.result ?? "") : String(v)));
  });
  return Array.from(rows, (r) => r ?? []);
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
 * codes, then one row per place). Every problem is reported with its row and column; nothing is stored here.
 */
export async function parseGridFile(grid: DataGrid, fileName: string, bytes: Buffer): Promise<ParsedGrid> {
  const problems: ImportProblem[] = [];
  let rows: string[][];
  try {
    rows = await readRows(fileName, bytes);
  } catch (error) {
    const message = error instanceof SpreadsheetTooLargeError ? error.message : "Không đọc được tệp: cần tệp .xlsx hoặc .csv đúng định dạng.";
    return { cells: [], problems: [{ row: 0, column: "", message }] };
  }
  const headerIndex = rows.findIndex((r) => r.some((c) => c.trim() === unitCodeHeader));
  if (headerIndex < 0) return { cells: [], problems: [{ row: 1, column: "", message: `Không thấy dòng tiêu đề có cột “${unitCodeHeader}”.` }] };
  const header = rows[headerIndex]!.map((c) => c.trim());
  const codeColumn = header.indexOf(unitCodeHeader);
  const columns = header
    .map((text, index) => ({ text, index }))
    .filter(({ text, index }) => index !== codeColumn && text !== unitNameHeader && text !== "");
  const elementFor = new Map<number, string>();
  for (const { text, index } of columns) {
    const code = text.split("—")[0]!.trim();
    const element = grid.elements.find((e) => e.code === code || e.name === text);
    if (!element) problems.push({ row: headerIndex + 1, column: text, message: "Không có chỉ tiêu số liệu này trong biểu của kỳ" });
    else elementFor.set(index, element.id);
  }
  const cells: ParsedGrid["cells"] = [];
  const seen = new Set<string>();
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => c.trim() === "")) continue;
    const code = (row[codeColumn] ?? "").trim();
    const unit = grid.units.find((u) => u.code === code);
    if (!unit) {
      problems.push({ row: r + 1, column: unitCodeHeader, message: `Địa bàn “${code}” không thuộc tỉnh hoặc không còn hiệu lực trong kỳ` });
      continue;
    }
    if (seen.has(code)) problems.push({ row: r + 1, column: unitCodeHeader, message: `Địa bàn “${code}” xuất hiện hai lần` });
    seen.add(code);
    for (const [index, elementId] of elementFor) {
      const raw = row[index] ?? "";
      const value = parseNumber(raw);
      const column = header[index] ?? "";
      if (value !== null && Number.isNaN(value)) problems.push({ row: r + 1, column, message: `“${raw}” không phải là số` });
      else cells.push({ elementId, orgUnit: unit.code, value, row: r + 1, column });
    }
  }
  return { cells, problems };
}
