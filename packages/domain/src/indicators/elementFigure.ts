import type { Aggregation } from "../catalog/CatalogDocument";
import { parsePeriod, periodBounds, type PeriodKind, periodsBetween } from "../periods/Period";
import { aggregateValues } from "./aggregateValues";
import type { Completeness } from "./figureQuality";

/** A province's total of one element per period, with how many places it adds up. */
export type ElementTotals = ReadonlyMap<string, { total: number; places: number }>;

export interface ElementReading {
  value: number;
  /** The period read ("2024"), made of `parts` when the values were entered for shorter periods. */
  period: string;
  /** The worst-reported part: places that reported out of those expected (a missing month counts as none). */
  completeness: Completeness;
  /** The parts the value is made of, when it adds up shorter periods: how many of them have values. */
  parts: { reported: number; expected: number } | null;
}

const finerKinds: PeriodKind[] = ["month", "quarter", "half_year", "year"];

/**
 * An element's value for a period, from the province's totals: the value entered for that very period, or else
 * the values of its months (quarters, halves) added up ("sum"), averaged, or the latest one for a stock
 * ("latest") — with completeness taken from the worst of them, so a year missing a month is never complete.
 * Null when nothing was entered inside the period.
 */
export function elementValueIn(
  totals: ElementTotals,
  period: string,
  aggregation: Exclude<Aggregation, "ratio">,
  expectedPlaces: (period: string) => number,
  /** Only the parts ended by this day (a year read to date); the value of the whole period itself is then not used. */
  through: string | null = null,
): ElementReading | null {
  const bounds = periodBounds(period);
  const partial = through !== null && through < bounds.end;
  const own = partial ? undefined : totals.get(period);
  if (own)
    return {
      value: own.total,
      period,
      completeness: { reported: own.places, expected: expectedPlaces(period) },
      parts: null,
    };
  const ownKind = parsePeriod(period).kind;
  for (const kind of finerKinds) {
    if (kind === ownKind || finerKinds.indexOf(kind) > finerKinds.indexOf(ownKind)) break;
    const parts = periodsBetween(kind, bounds.start, bounds.end).filter((p) => !partial || p.end <= through);
    if (parts.length === 0) continue;
    const entered = parts.filter((p) => totals.has(p.id));
    if (entered.length === 0) continue;
    const values = entered.map((p) => totals.get(p.id)!.total);
    const value = aggregateValues(values, aggregation === "latest" ? "latest" : aggregation);
    if (value === null) return null;
    // A stock is read at its latest part; a flow needs every part.
    const judged = aggregation === "latest" ? [entered.at(-1)!] : parts;
    let worst: Completeness | null = null;
    for (const p of judged) {
      const c = { reported: totals.get(p.id)?.places ?? 0, expected: expectedPlaces(p.id) };
      if (!worst || c.reported * Math.max(1, worst.expected) < worst.reported * Math.max(1, c.expected)) worst = c;
    }
    return {
      value,
      period,
      completeness: worst!,
      parts: aggregation === "latest" ? null : { reported: entered.length, expected: parts.length },
    };
  }
  return null;
}

/** A day one year earlier ("2024-06-30" → "2023-06-30"; 29 February → 28 February). */
export function dayYearBefore(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  const rest = day.slice(4) === "-02-29" ? "-02-28" : day.slice(4);
  return `${year}${rest}`;
}

/** The same period one year earlier ("2024" → "2023", "2024-H1" → "2023-H1", "2024-05" → "2023-05"). */
export function yearBefore(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}
