import type { CatalogIndicator } from "../catalog/CatalogDocument";
import { evaluateIndicator, type IndicatorEvaluation, type IndicatorReading } from "./evaluateIndicator";

/** Below this share of the places expected to report (in percent), a figure is not evaluated. */
export const defaultMinCompleteness = 90;

/** How many of the places expected to report a figure did report it ("62/78 xã"). */
export interface Completeness {
  reported: number;
  expected: number;
}

/** The share reported, in percent; null when nothing was expected. */
export function completenessPercent(completeness: Completeness): number | null {
  return completeness.expected > 0 ? (completeness.reported / completeness.expected) * 100 : null;
}

/**
 * Whether enough of the places expected reported a figure to read it: at least `minCompleteness` percent (the
 * indicator's own threshold, or the platform's default). Nothing expected is never enough. The one rule for judging a
 * figure and for leaving a period out of a trend as a gap.
 */
export function meetsMinCompleteness(completeness: Completeness, minCompleteness?: number | null): boolean {
  const share = completenessPercent(completeness);
  return share !== null && share >= (minCompleteness ?? defaultMinCompleteness);
}

/**
 * What a figure is made of, checked before it is compared with its target:
 * - completeness: the places that reported it out of those expected (for a ratio, the term reported by fewer);
 * - partExceedsWhole: the province's numerator is larger than its denominator (the two terms may come from two
 *   agencies — health's people reached, police's people registered);
 * - placesPartExceedsWhole: places where the part is larger than the whole.
 */
export interface FigureChecks {
  completeness: Completeness | null;
  partExceedsWhole: boolean;
  placesPartExceedsWhole: number;
}

export interface FigureEvaluation extends IndicatorEvaluation {
  /** The threshold applied, in percent of the places expected. */
  minCompleteness: number;
}

/**
 * Evaluates a figure only when it can be trusted: no value → chưa có số liệu; a part larger than its whole
 * anywhere → số liệu chưa khớp (never Đạt); fewer places than the threshold → chưa đủ số liệu; otherwise the
 * target decides (đạt / có nguy cơ không đạt / không đạt).
 */
export function evaluateFigure(
  indicator: Pick<CatalogIndicator, "comparator" | "target" | "baseline"> & { minCompleteness?: number | null },
  reading: IndicatorReading & { checks: FigureChecks },
): FigureEvaluation {
  const minCompleteness = indicator.minCompleteness ?? defaultMinCompleteness;
  if (reading.value === null) return { state: "no_data", measured: null, minCompleteness };
  if (reading.checks.partExceedsWhole || reading.checks.placesPartExceedsWhole > 0)
    return { state: "inconsistent", measured: reading.value, minCompleteness };
  if (reading.checks.completeness && !meetsMinCompleteness(reading.checks.completeness, minCompleteness))
    return { state: "insufficient_data", measured: reading.value, minCompleteness };
  return { ...evaluateIndicator(indicator, reading), minCompleteness };
}
