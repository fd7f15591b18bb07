import { type GridCell, isWholeNumberUnit, type PartOfWhole, validateGrid } from "@pcmt/domain";

/** What a cell holds on the page: a number, nothing, or text that is not a number (kept, shown, not saved). */
export type CellInput = number | null | { invalid: string };

/** One row of the grid (one place): its cells by data element id. Rows are in the order of the grid's places. */
export type GridRow = Record<string, CellInput>;

export interface GridShape {
  elements: readonly { id: string; unit: string; name?: string }[];
  units: readonly { code: string; name: string }[];
  cells: readonly { orgUnit: string; elementId: string; value: number | null }[];
  /** The server's rules for the grid (as it sends them): parts not above their whole, whole numbers for counts. */
  parts?: readonly PartOfWhole[];
  wholeNumberElements?: readonly string[];
}

/** The cells whose number the server would refuse, by cell key, with its reason (a negative count, …). */
export type Refusals = ReadonlyMap<string, string>;

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

/**
 * The numbers on the page that saving would be refused for, found by the server's own rule (`validateGrid` of
 * @pcmt/domain: not negative, not absurdly large, whole numbers for counts, a part not above its whole), so that
 * they are marked at once rather than after a save. Text that is not a number is not here (see `isInvalid`).
 */
export function refusedCells(rows: readonly GridRow[], grid: GridShape): Map<string, string> {
  const cells: GridCell[] = [];
  grid.units.forEach((u, i) => {
    for (const e of grid.elements) {
      const input = rows[i]?.[e.id];
      if (typeof input === "number") cells.push({ orgUnit: u.code, elementId: e.id, value: input });
    }
  });
  const errors = validateGrid(cells, {
    parts: grid.parts ?? [],
    wholeNumberElements: new Set(grid.wholeNumberElements ?? []),
    names: (id) => grid.elements.find((e) => e.id === id)?.name ?? id,
  });
  const refused = new Map<string, string>();
  for (const error of errors) {
    const key = cellKey(error.orgUnit, error.elementId);
    if (!refused.has(key)) refused.set(key, error.message);
  }
  return refused;
}

/** Whether a cell's input counts as a value: a number the server would take (not text, not a refused number). */
const counted = (input: CellInput | undefined, key: string, refused: Refusals | undefined): input is number =>
  typeof input === "number" && !refused?.has(key);

/** A column's footing: how many places have a value, and their sum where summing means something (not ratios). */
export function columnSummary(
  rows: readonly GridRow[],
  element: { id: string; unit: string },
  refused?: { units: GridShape["units"]; cells: Refusals },
): { filled: number; total: number | null } {
  let filled = 0;
  let sum = 0;
  for (const [i, row] of rows.entries()) {
    const input = row[element.id];
    if (counted(input, cellKey(refused?.units[i]?.code ?? "", element.id), refused?.cells)) {
      filled++;
      sum += input;
    }
  }
  const summable = element.unit !== "percent" && (isWholeNumberUnit(element.unit) || element.unit === "hectare");
  return { filled, total: summable ? Math.round(sum * 1000) / 1000 : null };
}

/** Places with at least one value entered (a number the server would take). */
export function placesFilled(
  rows: readonly GridRow[],
  refused?: { units: GridShape["units"]; cells: Refusals },
): number {
  return rows.filter((row, i) =>
    Object.entries(row).some(([id, v]) => counted(v, cellKey(refused?.units[i]?.code ?? "", id), refused?.cells)),
  ).length;
}

/** A save the server refused: its problems, and the cells that were sent (null for a file, not the grid's cells). */
export interface Refusal<P> {
  problems: readonly P[];
  sent: ReadonlyMap<string, CellInput> | null;
}

const sameInput = (a: CellInput | undefined, b: CellInput | undefined) =>
  a === b || (isInvalid(a) && isInvalid(b) && a.invalid === b.invalid);

/**
 * The problems of a refused save that still stand: they were about the cells sent, so they stand while exactly those
 * cells are pending with the same inputs. Once any of them is changed again, saved or no longer pending (or another
 * cell is changed), they are gone: what is still wrong is then marked on the page by `refusedCells`. A file's
 * problems (nothing sent from the grid) stand until the next save or import.
 */
export function standingProblems<P>(
  refusal: Refusal<P>,
  changes: readonly { orgUnit: string; elementId: string; input: CellInput }[],
): readonly P[] {
  const { sent, problems } = refusal;
  if (!sent || problems.length === 0) return problems;
  const same =
    changes.length === sent.size &&
    changes.every((c) => {
      const key = cellKey(c.orgUnit, c.elementId);
      return sent.has(key) && sameInput(sent.get(key), c.input);
    });
  return same ? problems : [];
}
