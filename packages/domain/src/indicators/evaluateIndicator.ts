import type { CatalogIndicator, Comparator } from "../catalog/CatalogDocument";

/**
 * Indicator states shown to users: đạt / có nguy cơ không đạt / không đạt / chưa có số liệu, and the two states of
 * a figure that cannot be trusted: chưa đủ số liệu (too few places reported) and số liệu chưa khớp (a part larger
 * than its whole).
 */
export type IndicatorState = "achieved" | "at_risk" | "not_achieved" | "no_data" | "insufficient_data" | "inconsistent";

export const indicatorStates = [
  "achieved",
  "at_risk",
  "not_achieved",
  "insufficient_data",
  "inconsistent",
  "no_data",
] as const satisfies readonly IndicatorState[];

export const indicatorStateLabels: Record<IndicatorState, string> = {
  achieved: "Đạt",
  at_risk: "Có nguy cơ không đạt",
  not_achieved: "Không đạt",
  no_data: "Chưa có số liệu",
  insufficient_data: "Chưa đủ số liệu",
  inconsistent: "Số liệu chưa khớp",
};

/** The same in English. */
export const indicatorStateLabelsEn: Record<IndicatorState, string> = {
  achieved: "Met",
  at_risk: "At risk",
  not_achieved: "Not met",
  no_data: "No data",
  insufficient_data: "Not enough data",
  inconsistent: "Figures do not agree",
};

export interface IndicatorReading {
  /** The measured value for the period (a percentage for percent indicators, a count otherwise); null if none. */
  value: number | null;
  /** The same measure one year earlier, needed when the baseline is "previous_year". */
  previousValue?: number | null;
  /** Whether the period the target is due in has ended: before that, a shortfall is a risk, not a failure. */
  dueHasPassed: boolean;
}

export interface IndicatorEvaluation {
  state: IndicatorState;
  /** What was compared with the target: the value, or the growth in percent for "previous_year" baselines. */
  measured: number | null;
}

export function compare(measured: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case ">=":
      return measured >= target;
    case ">":
      return measured > target;
    case "<=":
      return measured <= target;
    case "<":
      return measured < target;
    case "=":
      return Math.abs(measured - target) < 1e-9;
  }
}

/**
 * Evaluates a reading against an indicator. A growth target ("tăng từ 5% so với năm trước") compares the growth
 * over the previous year's value, in percent, with the target; a fixed baseline works the same way. Met → đạt;
 * not met while the due period is still running → có nguy cơ không đạt; not met once it has ended → không đạt;
 * no value (or no previous value for a growth target) → chưa có số liệu.
 */
export function evaluateIndicator(
  indicator: Pick<CatalogIndicator, "comparator" | "target" | "baseline">,
  reading: IndicatorReading,
): IndicatorEvaluation {
  if (reading.value === null) return { state: "no_data", measured: null };
  let measured = reading.value;
  if (indicator.baseline !== null) {
    const base = indicator.baseline === "previous_year" ? (reading.previousValue ?? null) : indicator.baseline;
    if (base === null) return { state: "no_data", measured: null };
    if (base === 0) {
      // Growth over nothing: any positive value is unbounded growth, nothing is no growth.
      measured = reading.value > 0 ? Number.POSITIVE_INFINITY : 0;
    } else {
      measured = ((reading.value - base) / Math.abs(base)) * 100;
    }
  }
  if (compare(measured, indicator.comparator, indicator.target)) return { state: "achieved", measured };
  return { state: reading.dueHasPassed ? "not_achieved" : "at_risk", measured };
}
