import { isWholeNumberUnit } from "@pcmt/domain";

/** What a cell holds on the page: a number, nothing, or text that is not a number (kept, shown, not saved). */
export type CellInput = number | null | { invalid: string };

/** One row of the grid (one place): its cells by data element id. Rows are in the order of the grid's places. */
export type GridRow = Record<string, CellInput>;

export interface GridShape {
  elements: readonly { id: string; unit: string }[];
  units: readonly { code: string; name: string }[];
  cells: readonly { orgUnit: string; elementId: string; value: number | null }[];
}

export const cellKey = (orgUnit: string, elementId: string) => `${orgUnit}|${elementId}`;

export const isInvalid = (input: CellInput | undefined): input is { invalid: string } =>
  typeof input === "object" && input !== null;

export function rowsFromGrid(grid: GridShape): GridRow[] {
  const stored = new Map(grid.cells.map((c) => [cellKey(c.orgUnit, c.elementId), c.value]));
  return grid.units.map((u) =>
    Object.fromEntries(grid.elements.map((e) => [e.id, stored.get(cellKey(u.code, e.id)) ?? null])),
  );
}

/** The cells whose input differs from what the server has, in grid order. */
export function changedCells(
  rows: readonly GridRow[],
  grid: GridShape,
): { orgUnit: string; elementId: string; input: CellInput }[] {
  const stored = new Map(grid.cells.map((c) => [cellKey(c.orgUnit, c.elementId), c.value]));
  const changes: { orgUnit: string; elementId: string; input: CellInput }[] = [];
  grid.units.forEach((u, i) => {
    for (const e of grid.elements) {
      const input = rows[i]?.[e.id] ?? null;
      if (isInvalid(input) || input !== (stored.get(cellKey(u.code, e.id)) ?? null))
        changes.push({ orgUnit: u.code, elementId: e.id, input });
    }
  });
  return changes;
}

/** A column's footing: how many places have a value, and their sum where summing means something (not ratios). */
export function columnSummary(
  rows: readonly GridRow[],
  element: { id: string; unit: string },
): { filled: number; total: number | null } {
  let filled = 0;
  let sum = 0;
  for (const row of rows) {
    const input = row[element.id];
    if (typeof input === "number") {
      filled++;
      sum += input;
    }
  }
  const summable = element.unit !== "percent" && (isWholeNumberUnit(element.unit) || element.unit === "hectare");
  return { filled, total: summable ? Math.round(sum * 1000) / 1000 : null };
}

/** Places with at least one value entered. */
export function placesFilled(rows: readonly GridRow[]): number {
  return rows.filter((row) => Object.values(row).some((v) => typeof v === "number")).length;
}
