import ExcelJS from "exceljs";
import type { SheetRow } from "../spreadsheets/readSheetRows";
import { readFailure } from "../spreadsheets/readFailure";
import type { DataGrid } from "./dataGrid";
import { countedFor, parseGridNumber, placeCountRefusal, unitWord } from "@pcmt/domain";

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

/** "Số cơ sở y tế cấp xã (cơ sở)": a data element's column header, in words. */
export const elementHeader = (element: { name: string; unit: string }) =>
  unitWord(element.unit) ? `${element.name} (${unitWord(element.unit)})` : element.name;

/**
 * The grid as an .xlsx workbook a person reads: one row per place by its name, one column per data element by its
 * name and unit. The places' codes are in a last, hidden column, so that the file comes back in without ambiguity.
 */
export async function gridToXlsx(grid: DataGrid, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PCMT";
  const sheet = workbook.addWorksheet("Số liệu");
  sheet.addRow([title]);
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([unitNameHeader, ...grid.elements.map(elementHeader), unitCodeHeader]);
  sheet.getRow(2).font = { bold: true };
  sheet.getRow(2).alignment = { wrapText: true, vertical: "top" };
  const values = new Map(grid.cells.map((c) => [`${c.orgUnit}|${c.elementId}`, c.value]));
  for (const unit of grid.units) {
    sheet.addRow([unit.name, ...grid.elements.map((e) => values.get(`${unit.code}|${e.id}`) ?? null), unit.code]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 26 : 22;
  });
  const codes = sheet.getColumn(grid.elements.length + 2);
  codes.hidden = true;
  sheet.views = [{ state: "frozen", xSplit: 1, ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A number as a person writes it in a cell ("1.234,5", "1,234.5", "62,3%"); "" → null; anything else → NaN. */
export function parseNumber(text: string): number | null {
  const parsed = parseGridNumber(text);
  return "invalid" in parsed ? Number.NaN : parsed.value;
}

/**
 * Reads a CSV or .xlsx file in the layout of the export (a header row with "Địa bàn" and the data elements' names,
 * or their codes; "Mã địa bàn" when the file has the places' codes), then one row per place, from its rows as the
 * sheet reader streams them. Places are found by code, or by name where the file has none. Every problem is
 * reported with its row and column; nothing is stored here.
 */
export async function parseGridFile(grid: DataGrid, sheet: AsyncIterable<SheetRow[]>): Promise<ParsedGrid> {
  const problems: ImportProblem[] = [];
  const rows: SheetRow[] = [];
  try {
    for await (const batch of sheet) for (const row of batch) rows.push(row);
  } catch (error) {
    return { cells: [], problems: [{ row: 0, column: "", message: readFailure(error) }] };
  }
  const headerAt = rows.findIndex((r) =>
    r.cells.some((c) => c.trim() === unitCodeHeader || c.trim() === unitNameHeader),
  );
  if (headerAt < 0)
    return {
      cells: [],
      problems: [
        { row: 1, column: "", message: `Không thấy dòng tiêu đề có cột “${unitNameHeader}” hoặc “${unitCodeHeader}”.` },
      ],
    };
  const headerRow = rows[headerAt]!;
  const header = headerRow.cells.map((c) => c.trim());
  const codeColumn = header.indexOf(unitCodeHeader);
  const nameColumn = header.indexOf(unitNameHeader);
  const columns = header
    .map((text, index) => ({ text, index }))
    .filter(({ text, index }) => index !== codeColumn && index !== nameColumn && text !== "");
  const elementFor = new Map<number, string>();
  for (const { text, index } of columns) {
    const code = text.split("—")[0]!.trim();
    const element = grid.elements.find((e) => e.code === code || e.name === text || elementHeader(e) === text);
    const counted = grid.counted.find((c) => c.code === code || c.name === text || text.startsWith(`${c.name} (`));
    // Only for a period the platform counts it in: before that, a place-count column is the agency's like another.
    const countedElement = countedFor(counted?.code ?? code, grid.period);
    if (!element && countedElement)
      problems.push({
        row: headerRow.number,
        column: text,
        message: placeCountRefusal(counted?.name ?? countedElement.name, countedElement),
      });
    else if (!element)
      problems.push({
        row: headerRow.number,
        column: text,
        message: "Không có chỉ tiêu số liệu này trong biểu của kỳ",
      });
    else elementFor.set(index, element.id);
  }
  const unitByCode = new Map(grid.units.map((u) => [u.code, u]));
  const byName = new Map<string, (typeof grid.units)[number][]>();
  for (const unit of grid.units)
    byName.set(unit.name.normalize("NFC").toLocaleLowerCase("vi"), [
      ...(byName.get(unit.name.normalize("NFC").toLocaleLowerCase("vi")) ?? []),
      unit,
    ]);
  const placeColumn = codeColumn >= 0 ? unitCodeHeader : unitNameHeader;
  const cells: ParsedGrid["cells"] = [];
  const seen = new Set<string>();
  for (const { number, cells: row } of rows.slice(headerAt + 1)) {
    if (row.every((c) => c.trim() === "")) continue;
    const code = codeColumn >= 0 ? (row[codeColumn] ?? "").trim() : "";
    const name = nameColumn >= 0 ? (row[nameColumn] ?? "").trim() : "";
    let unit = code ? unitByCode.get(code) : undefined;
    if (!code) {
      const named = byName.get(name.normalize("NFC").toLocaleLowerCase("vi")) ?? [];
      if (named.length > 1) {
        problems.push({
          row: number,
          column: unitNameHeader,
          message: `Có ${named.length} địa bàn tên “${name}”: hãy dùng tệp xuất từ hệ thống (có cột mã địa bàn)`,
        });
        continue;
      }
      unit = named[0];
    }
    if (!unit) {
      problems.push({
        row: number,
        column: placeColumn,
        message: `Địa bàn “${code || name}” không thuộc tỉnh hoặc không còn hiệu lực trong kỳ`,
      });
      continue;
    }
    if (seen.has(unit.code))
      problems.push({ row: number, column: placeColumn, message: `Địa bàn “${unit.name}” xuất hiện hai lần` });
    seen.add(unit.code);
    for (const [index, elementId] of elementFor) {
      const raw = row[index] ?? "";
      const value = parseNumber(raw);
      const column = header[index] ?? "";
      if (value !== null && Number.isNaN(value))
        problems.push({ row: number, column, message: `“${raw}” không phải là số` });
      else cells.push({ elementId, orgUnit: unit.code, value, row: number, column });
    }
  }
  return { cells, problems };
}
