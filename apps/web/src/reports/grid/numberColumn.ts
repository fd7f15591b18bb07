import { formatNumber } from "@pcmt/ui";
import { parseGridNumber } from "@pcmt/domain";
import { type Column, createTextColumn, keyColumn } from "react-datasheet-grid";
import type { CellInput, GridRow } from "./gridModel";

const read = (text: string): CellInput => {
  const parsed = parseGridNumber(text);
  return "invalid" in parsed ? { invalid: parsed.invalid } : parsed.value;
};

/** How a value is edited and copied: with a decimal comma and no grouping, as Vietnamese Excel reads it back. */
const plain = (value: CellInput) =>
  value === null ? "" : typeof value === "number" ? String(value).replace(".", ",") : value.invalid;

const numberCell = createTextColumn<CellInput>({
  alignRight: true,
  continuousUpdates: false,
  deletedValue: null,
  parseUserInput: read,
  parsePastedValue: read,
  formatBlurredInput: (value) =>
    value === null ? "" : typeof value === "number" ? formatNumber(value) : value.invalid,
  formatInputOnFocus: plain,
  formatForCopy: plain,
});

/** One data element's column: numbers typed or pasted in Vietnamese or English form. */
export function numberColumn(elementId: string, options: Partial<Column<GridRow>>): Column<GridRow> {
  return {
    ...keyColumn<GridRow, typeof elementId>(elementId, numberCell as Partial<Column<GridRow[typeof elementId]>>),
    ...options,
  } as Column<GridRow>;
}
