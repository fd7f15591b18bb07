/** One cell of a data entry grid: a data element (column) for a place (row) in the report's period. */
export interface GridCell {
  elementId: string;
  orgUnit: string;
  value: number | null;
}

/** A part that cannot exceed its whole, e.g. addicts in treatment ≤ registered addicts (from ratio indicators). */
export interface PartOfWhole {
  part: string;
  whole: string;
}

export interface GridError {
  orgUnit: string;
  elementId: string;
  message: string;
}

export const maxDataValue = 1_000_000_000;

/**
 * Checks every cell of a grid: a number, not negative, not absurdly large, whole numbers for counts, and each part
 * not larger than its whole in the same place. Returns every problem, so a person can fix them all at once.
 */
export function validateGrid(
  cells: readonly GridCell[],
  options: {
    parts: readonly PartOfWhole[];
    wholeNumberElements: ReadonlySet<string>;
    names?: (elementId: string) => string;
  },
): GridError[] {
  const name = options.names ?? ((id: string) => id);
  const errors: GridError[] = [];
  const byKey = new Map(cells.map((c) => [`${c.orgUnit}|${c.elementId}`, c.value]));
  for (const cell of cells) {
    if (cell.value === null) continue;
    if (!Number.isFinite(cell.value)) errors.push({ ...cell, message: "Phải là một số" });
    else if (cell.value < 0) errors.push({ ...cell, message: "Không được âm" });
    else if (cell.value > maxDataValue) errors.push({ ...cell, message: "Số quá lớn" });
    else if (options.wholeNumberElements.has(cell.elementId) && !Number.isInteger(cell.value))
      errors.push({ ...cell, message: "Phải là số nguyên" });
  }
  const units = new Set(cells.map((c) => c.orgUnit));
  for (const unit of units) {
    for (const { part, whole } of options.parts) {
      const partValue = byKey.get(`${unit}|${part}`);
      const wholeValue = byKey.get(`${unit}|${whole}`);
      if (partValue != null && wholeValue != null && partValue > wholeValue) {
        errors.push({ orgUnit: unit, elementId: part, message: `Không được lớn hơn “${name(whole)}” (${wholeValue})` });
      }
    }
  }
  return errors;
}
