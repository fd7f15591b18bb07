/**
 * Warnings, not errors, for a value that is far from what the place reported before or from what the province's
 * places report: the officer may be right (a raid, a campaign), so the value is kept, and the warning is kept with
 * it and shown to the reviewer.
 */
export type ValueWarning =
  /** Much higher than the place's own highest value of the previous periods. */
  | { kind: "above_history"; reference: number; periods: number }
  /** Much lower than the place's own lowest value of the previous periods. */
  | { kind: "below_history"; reference: number; periods: number }
  /** Far above what nine in ten of the province's places report (this and the previous periods). */
  | { kind: "above_peers"; reference: number; values: number }
  /** More people than the place has residents. */
  | { kind: "above_population"; reference: number; year: number };

export interface ValueContext {
  /** The same place's values for the same data element in the previous periods (any order). */
  history: number[];
  /** The values of the province's places for the same data element in this and the previous periods. */
  peers: number[];
  /** For a count of people: the place's resident population (latest known for the period's year), if known. */
  population?: { value: number; year: number } | null;
}

/** Fewer previous values than this say nothing about a place. */
export const minimumHistory = 3;
/** Fewer values than this say nothing about the province's places. */
export const minimumPeers = 10;

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (position - low);
}

export function plausibilityWarnings(value: number, context: ValueContext): ValueWarning[] {
  const warnings: ValueWarning[] = [];
  if (context.history.length >= minimumHistory) {
    const highest = Math.max(...context.history);
    const lowest = Math.min(...context.history);
    // Three times the highest and at least 20 more: small counts (0, 1, 2) move a lot without being wrong.
    if (value > Math.max(3 * highest, highest + 20))
      warnings.push({ kind: "above_history", reference: highest, periods: context.history.length });
    else if (lowest >= 20 && value < lowest / 3)
      warnings.push({ kind: "below_history", reference: lowest, periods: context.history.length });
  }
  if (context.peers.length >= minimumPeers) {
    const p90 = quantile(
      [...context.peers].sort((a, b) => a - b),
      0.9,
    );
    if (value > Math.max(10 * p90, p90 + 100))
      warnings.push({ kind: "above_peers", reference: Math.round(p90 * 10) / 10, values: context.peers.length });
  }
  if (context.population && value > context.population.value)
    warnings.push({ kind: "above_population", reference: context.population.value, year: context.population.year });
  return warnings;
}
