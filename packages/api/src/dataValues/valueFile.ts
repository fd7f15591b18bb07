import Papa from "papaparse";
import type { ImportProblem } from "../dataEntry/gridFiles";
import { parseNumber, readRows, SpreadsheetTooLargeError } from "../dataEntry/gridFiles";
import { type ValueLine, valueFileColumns } from "./importValues";

export interface ValueFileChunk {
  lines: ValueLine[];
  problems: ImportProblem[];
}

class NoHeaderError extends Error {}

function columnsOf(header: readonly string[]) {
  const at = (name: string) => header.findIndex((c) => c.trim() === name);
  return { element: at(valueFileColumns.element), orgUnit: at(valueFileColumns.orgUnit), period: at(valueFileColumns.period), value: at(valueFileColumns.value) };
}

const isHeader = (row: readonly string[]) => Object.values(valueFileColumns).every((name) => row.some((c) => c.trim() === name));

function toChunk(rows: readonly string[][], firstRow: number, columns: ReturnType<typeof columnsOf>): ValueFileChunk {
  const lines: ValueLine[] = [];
  const problems: ImportProblem[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // An empty line (or one of empty cells) is skipped; a line with an element is never empty.
    if (!row[columns.element] && row.every((c) => c.trim() === "")) continue;
    const raw = (row[columns.value] ?? "").trim();
    const value = parseNumber(raw);
    if (value !== null && Number.isNaN(value)) {
      problems.push({ row: firstRow + i, column: valueFileColumns.value, message: `“${raw}” không phải là số` });
      continue;
    }
    lines.push({ row: firstRow + i, element: (row[columns.element] ?? "").trim(), orgUnit: (row[columns.orgUnit] ?? "").trim(), period: (row[columns.period] ?? "").trim(), value });
  }
  return { lines, problems };
}

/** A CSV without quoted fields, read a slice of lines at a time (a large file need not be parsed before storing starts). */
function* csvSlices(text: string, sliceLines: number): Generator<ValueFileChunk> {
  let start = 0;
  let row = 1;
  let columns: ReturnType<typeof columnsOf> | null = null;
  while (start < text.length) {
    let end = start;
    for (let n = 0; n < sliceLines && end < text.length; n++) {
      const next = text.indexOf("\n", end);
      end = next < 0 ? text.length : next + 1;
    }
    const rows = Papa.parse<string[]>(text.slice(start, end).replace(/\r?\n$/, ""), { skipEmptyLines: false }).data;
    let first = 0;
    if (!columns) {
      const headerIndex = rows.findIndex(isHeader);
      if (headerIndex < 0) throw new NoHeaderError();
      columns = columnsOf(rows[headerIndex]!);
      first = headerIndex + 1;
    }
    yield toChunk(rows.slice(first), row + first, columns);
    row += rows.length;
    start = end;
  }
}

/**
 * Reads a value file in long form (.csv or .xlsx): a header row with the columns “Mã chỉ tiêu”, “Mã địa bàn”, “Kỳ”,
 * “Giá trị” (any order, other columns ignored), then one value per row; an empty value clears the stored one.
 * Yields the lines in chunks; a value that is not a number is a problem on its row.
 */
export async function* readValueFile(fileName: string, bytes: Buffer, chunkLines = 2_000): AsyncGenerator<ValueFileChunk> {
  const noHeader = { lines: [], problems: [{ row: 1, column: "", message: `Không thấy dòng tiêu đề có đủ các cột ${Object.values(valueFileColumns).map((w) => `“${w}”`).join(", ")}.` }] };
  if (fileName.toLowerCase().endsWith(".csv")) {
    const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
    if (!text.includes('"')) {
      try {
        yield* csvSlices(text, chunkLines);
      } catch (error) {
        if (!(error instanceof NoHeaderError)) throw error;
        yield noHeader;
      }
      return;
    }
  }
  let rows: string[][];
  try {
    rows = await readRows(fileName, bytes);
  } catch (error) {
    const message = error instanceof SpreadsheetTooLargeError ? error.message : "Không đọc được tệp: cần tệp .xlsx hoặc .csv đúng định dạng.";
    yield { lines: [], problems: [{ row: 0, column: "", message }] };
    return;
  }
  const headerIndex = rows.findIndex(isHeader);
  if (headerIndex < 0) {
    yield noHeader;
    return;
  }
  const columns = columnsOf(rows[headerIndex]!);
  for (let i = headerIndex + 1; i < rows.length; i += chunkLines) yield toChunk(rows.slice(i, i + chunkLines), i + 1, columns);
}

/** The whole file at once (see readValueFile). */
export async function parseValueFile(fileName: string, bytes: Buffer): Promise<ValueFileChunk> {
  const all: ValueFileChunk = { lines: [], problems: [] };
  for await (const chunk of readValueFile(fileName, bytes)) {
    for (const line of chunk.lines) all.lines.push(line);
    all.problems.push(...chunk.problems);
  }
  if (all.lines.length === 0 && all.problems.length === 0) all.problems.push({ row: 2, column: "", message: "Tệp không có dòng số liệu nào." });
  return all;
}
