import type { Aggregation } from "../catalog/CatalogDocument";

/**
 * How values of one data element add up over places or periods. "ratio" is not a way to add values of one
 * element: a ratio indicator is the aggregate of its numerator over the aggregate of its denominator
 * (see ratioPercent), never an average of per-place percentages.
 */
export function aggregateValues(values: readonly number[], aggregation: Exclude<Aggregation, "ratio">): number | null {
  if (values.length === 0) return null;
  switch (aggregation) {
    case "sum":
      return values.reduce((a, b) => a + b, 0);
    case "average":
      return values.reduce((a, b) => a + b, 0) / values.length;
    case "max":
      return Math.max(...values);
    case "min":
      return Math.min(...values);
    case "latest":
      return values[values.length - 1] ?? null;
  }
}

/** Numerator over denominator in percent; null when either is missing or the denominator is zero. */
export function ratioPercent(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * 100;
}
