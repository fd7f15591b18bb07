import type { ImportProblem } from "../dataEntry/gridFiles";
import { parseNumber, readRows } from "../dataEntry/gridFiles";
import { type ValueLine, valueFileColumns } from "./importValues";

/**
 * Reads a value file in long form (.csv or .xlsx): a header row with the columns “Mã chỉ tiêu”, “Mã địa bàn”, “Kỳ”,
 * “Giá trị” (any order, other columns ignored), then one value per row. An empty value clears the stored one.
 */
export async function parseValueFile(fileName: string, bytes: Buffer): Promise<{ lines: ValueLine[]; problems: ImportProblem[] }> {
  let rows: string[][];
  try {
    rows = await readRows(fileName, bytes);
  } catch {
    return { lines: [], problems: [{ row: 0, column: "", message: "Không đọc được tệp: cần tệp .xlsx hoặc .csv đúng định dạng." }] };
  }
  const wanted = Object.values(valueFileColumns);
  const headerIndex = rows.findIndex((r) => wanted.every((name) => r.some((c) => c.trim() === name)));
  if (headerIndex < 0) {
    return { lines: [], problems: [{ row: 1, column: "", message: `Không thấy dòng tiêu đề có đủ các cột ${wanted.map((w) => `“${w}”`).join(", ")}.` }] };
  }
  const header = rows[headerIndex]!.map((c) => c.trim());
  const at = (name: string) => header.indexOf(name);
  const [elementAt, unitAt, periodAt, valueAt] = [at(valueFileColumns.element), at(valueFileColumns.orgUnit), at(valueFileColumns.period), at(valueFileColumns.value)];
  const lines: ValueLine[] = [];
  const problems: ImportProblem[] = [];
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => c.trim() === "")) continue;
    const raw = (row[valueAt] ?? "").trim();
    const value = parseNumber(raw);
    if (value !== null && Number.isNaN(value)) {
      if (problems.length < 200) problems.push({ row: r + 1, column: valueFileColumns.value, message: `“${raw}” không phải là số` });
      continue;
    }
    lines.push({ row: r + 1, element: (row[elementAt] ?? "").trim(), orgUnit: (row[unitAt] ?? "").trim(), period: (row[periodAt] ?? "").trim(), value });
  }
  if (lines.length === 0 && problems.length === 0) problems.push({ row: headerIndex + 2, column: "", message: "Tệp không có dòng số liệu nào." });
  return { lines, problems };
}
