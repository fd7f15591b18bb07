import type { ImportProblem } from "../dataEntry/gridFiles";
import { parseNumber } from "../dataEntry/gridFiles";
import { readFailure } from "../spreadsheets/readFailure";
import type { SheetRow } from "../spreadsheets/readSheetRows";
import { type ValueLine, valueFileColumns } from "./importValues";

export interface ValueFileChunk {
  lines: ValueLine[];
  problems: ImportProblem[];
}

type Columns = ReturnType<typeof columnsOf>;

function columnsOf(header: readonly string[]) {
  const at = (name: string) => header.findIndex((c) => c.trim() === name);
  return {
    element: at(valueFileColumns.element),
    orgUnit: at(valueFileColumns.orgUnit),
    period: at(valueFileColumns.period),
    value: at(valueFileColumns.value),
  };
}

const isHeader = (row: readonly string[]) =>
  Object.values(valueFileColumns).every((name) => row.some((c) => c.trim() === name));

function toChunk(rows: readonly SheetRow[], columns: Columns): ValueFileChunk {
  const lines: ValueLine[] = [];
  const problems: ImportProblem[] = [];
  for (const { number, cells } of rows) {
    // An empty line (or one of empty cells) is skipped; a line with an element is never empty.
    if (!cells[columns.element] && cells.every((c) => c.trim() === "")) continue;
    const raw = (cells[columns.value] ?? "").trim();
    const value = parseNumber(raw);
    if (value !== null && Number.isNaN(value)) {
      problems.push({ row: number, column: valueFileColumns.value, message: `“${raw}” không phải là số` });
      continue;
    }
    lines.push({
      row: number,
      element: (cells[columns.element] ?? "").trim(),
      orgUnit: (cells[columns.orgUnit] ?? "").trim(),
      period: (cells[columns.period] ?? "").trim(),
      value,
    });
  }
  return { lines, problems };
}

/**
 * Reads a value file in long form (.csv or .xlsx) from its rows as the sheet reader streams them: a header row with
 * the columns “Mã chỉ tiêu”, “Mã địa bàn”, “Kỳ”, “Giá trị” (any order, other columns ignored), then one value per
 * row; an empty value clears the stored one. Yields one chunk per batch of rows, so storing starts before the file
 * is read to its end; a value that is not a number, a missing header or an unreadable file is a problem.
 */
export async function* readValueFile(sheet: AsyncIterable<SheetRow[]>): AsyncGenerator<ValueFileChunk> {
  let columns: Columns | null = null;
  try {
    for await (const batch of sheet) {
      let rows: readonly SheetRow[] = batch;
      if (!columns) {
        const headerAt = batch.findIndex((r) => isHeader(r.cells));
        if (headerAt < 0) continue;
        columns = columnsOf(batch[headerAt]!.cells);
        rows = batch.slice(headerAt + 1);
      }
      yield toChunk(rows, columns);
    }
  } catch (error) {
    yield { lines: [], problems: [{ row: 0, column: "", message: readFailure(error) }] };
    return;
  }
  if (!columns)
    yield {
      lines: [],
      problems: [
        {
          row: 1,
          column: "",
          message: `Không thấy dòng tiêu đề có đủ các cột ${Object.values(valueFileColumns)
            .map((w) => `“${w}”`)
            .join(", ")}.`,
        },
      ],
    };
}
