import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type CatalogIndicator, type Completeness, evaluateFigure, inWindow, type IndicatorState, periodBounds, placesExpectedIn, type PlaceValidity, ratioPercent, reportingLevelFor, targetWindow } from "@pcmt/domain";
import { placesPartExceedsWhole, type RatioCheck, ratioCheckKey } from "./ratioConsistency";
import { keptTotals, type ValueSum, type ValueSums } from "./valueSums";

export const periodEnd = (p: string) => periodBounds(p).end;

/** The columns of an indicator the console needs. */
export function selectIndicators(db: Kysely<CoreDatabase>) {
  return db
    .selectFrom("catalog_indicators")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_indicators.document_slug")
    .select([
      "catalog_indicators.id",
      "catalog_indicators.document_slug as documentSlug",
      "catalog_documents.province_code as provinceCode",
      "catalog_indicators.ref",
      "catalog_indicators.name",
      "catalog_indicators.agency_code as agency",
      "catalog_indicators.unit",
      "catalog_indicators.comparator",
      "catalog_indicators.target",
      "catalog_indicators.baseline",
      "catalog_indicators.due",
      "catalog_indicators.aggregation",
      "catalog_indicators.numerator",
      "catalog_indicators.denominator",
      "catalog_indicators.min_completeness as minCompleteness",
      "catalog_documents.covers_from as coversFrom",
      "catalog_documents.covers_until as coversUntil",
    ])
    .orderBy("catalog_documents.position")
    .orderBy("catalog_indicators.position");
}
export type IndicatorRow = Awaited<ReturnType<ReturnType<typeof selectIndicators>["execute"]>>[number];

/** The data elements a ratio indicator is computed from; null when it is not measured from values. */
export function ratioTerms(indicator: Pick<IndicatorRow, "aggregation" | "numerator" | "denominator" | "documentSlug">) {
  if (indicator.aggregation !== "ratio" || !indicator.numerator || !indicator.denominator) return null;
  return { numerator: `${indicator.documentSlug}#${indicator.numerator}`, denominator: `${indicator.documentSlug}#${indicator.denominator}` };
}

/** A province's total of one element in one period, and how many places it adds up. */
export interface TermSum {
  total: number;
  places: number;
}
export type SumsIndex = Map<string, Map<string, TermSum>>;

/** Sums by element, then by period. */
export function indexSums(sums: readonly ValueSum[]): SumsIndex {
  const byElement: SumsIndex = new Map();
  for (const s of sums) {
    let periods = byElement.get(s.elementId);
    if (!periods) byElement.set(s.elementId, (periods = new Map()));
    periods.set(s.period, { total: Number(s.total), places: Number(s.places) });
  }
  return byElement;
}

export interface RatioPoint {
  period: string;
  numerator: number;
  denominator: number;
  value: number | null;
  /** The places that reported each term. */
  places: { numerator: number; denominator: number };
}

/**
 * An indicator's values over periods, oldest first: the ratio of the province's sums in each period where both
 * terms were entered (never an average of the places' ratios), inside a window when given.
 */
export function ratioSeries(indicator: IndicatorRow, sums: SumsIndex, window?: { start: string | null; end: string }): RatioPoint[] {
  const terms = ratioTerms(indicator);
  if (!terms) return [];
  const numerators = sums.get(terms.numerator);
  const denominators = sums.get(terms.denominator);
  if (!numerators || !denominators) return [];
  const series: RatioPoint[] = [];
  for (const [period, numerator] of numerators) {
    const denominator = denominators.get(period);
    if (denominator === undefined) continue;
    if (window && !inWindow({ ...window, final: false }, period)) continue;
    series.push({ period, numerator: numerator.total, denominator: denominator.total, value: ratioPercent(numerator.total, denominator.total), places: { numerator: numerator.places, denominator: denominator.places } });
  }
  return series.sort((a, b) => periodEnd(a.period).localeCompare(periodEnd(b.period)) || a.period.length - b.period.length);
}

/** How many places of a province are expected to report in a period (its units valid then), remembered per period. */
export function expectedPlaceCounter(units: readonly PlaceValidity[]): (period: string) => number {
  const counts = new Map<string, number>();
  return (period) => {
    let n = counts.get(period);
    if (n === undefined) counts.set(period, (n = placesExpectedIn(units, period).length));
    return n;
  };
}

/** The places of a province with their validity, for completeness. */
export async function placeValidity(db: Kysely<CoreDatabase>, provinceCodes: readonly string[]): Promise<Map<string, PlaceValidity[]>> {
  const rows = provinceCodes.length
    ? await db.selectFrom("org_units").select(["province_code", "level", "valid_from", "valid_to"]).where("province_code", "in", [...provinceCodes]).where("level", "!=", "province").execute()
    : [];
  const byProvince = new Map<string, PlaceValidity[]>(provinceCodes.map((p) => [p, []]));
  for (const r of rows) byProvince.get(r.province_code)?.push({ level: r.level, validFrom: r.valid_from, validTo: r.valid_to });
  return byProvince;
}

/** One indicator read for a reference period: what the console, the report and the national overview show. */
export interface IndicatorFigure {
  value: number | null;
  /** The period the value is of; null when none. */
  period: string | null;
  /** The province's sums of the two terms in `period`. */
  termTotals: { numerator: number; denominator: number } | null;
  /** Places that reported (the term reported by fewer) out of those expected, for `period`. */
  completeness: Completeness | null;
  /** The word for the places counted: "huyện" before 1/7/2025, "xã" after. */
  placeWord: string;
  minCompleteness: number;
  partExceedsWhole: boolean;
  placesPartExceedsWhole: number;
  state: IndicatorState;
  /** The target's period is over by the reference: its state is final. */
  final: boolean;
  /** Whether the indicator is computed from entered values at all. */
  measurable: boolean;
  trend: { period: string; value: number | null }[];
}

/**
 * The first step of reading an indicator: its series inside the target's window (a 2024 target on 2024, a later
 * target on the latest values up to the reference) and its latest point — whose consistency by place is then
 * looked up for every indicator at once.
 */
export function latestPoint(indicator: IndicatorRow, sums: SumsIndex, referenceEnd: string) {
  const window = targetWindow(indicator.due, referenceEnd);
  const upToEnd = ratioSeries(indicator, sums, { start: null, end: window.end });
  const series = window.start === null ? upToEnd : upToEnd.filter((p) => inWindow(window, p.period));
  return { window, upToEnd, latest: series.at(-1) ?? null };
}

/**
 * An indicator's figure, evaluated only when it can be trusted (`evaluateFigure`): completeness against the places
 * expected in its period, a part larger than its whole in the province's sums or in any place.
 */
export function readIndicator(indicator: IndicatorRow, point: ReturnType<typeof latestPoint>, expectedPlaces: (period: string) => number, partExceedsWholeIn: number): IndicatorFigure {
  const { window, upToEnd, latest } = point;
  const completeness = latest ? { reported: Math.min(latest.places.numerator, latest.places.denominator), expected: expectedPlaces(latest.period) } : null;
  const partExceedsWhole = latest !== null && latest.numerator > latest.denominator;
  const evaluation = evaluateFigure(
    {
      comparator: indicator.comparator as CatalogIndicator["comparator"],
      target: indicator.target,
      baseline: indicator.baseline as CatalogIndicator["baseline"],
      minCompleteness: indicator.minCompleteness,
    },
    { value: latest?.value ?? null, previousValue: null, dueHasPassed: window.final, checks: { completeness, partExceedsWhole, placesPartExceedsWhole: partExceedsWholeIn } },
  );
  // The trend in the latest reading's kind of period (months with months, years with years).
  const trend = latest ? upToEnd.filter((s) => s.period.length === latest.period.length).slice(-12).map((s) => ({ period: s.period, value: s.value })) : [];
  return {
    value: latest?.value ?? null,
    period: latest?.period ?? null,
    termTotals: latest ? { numerator: latest.numerator, denominator: latest.denominator } : null,
    completeness,
    placeWord: latest && reportingLevelFor(latest.period) === "district" ? "huyện" : "xã",
    minCompleteness: evaluation.minCompleteness,
    partExceedsWhole,
    placesPartExceedsWhole: partExceedsWholeIn,
    state: evaluation.state,
    final: window.final,
    measurable: ratioTerms(indicator) !== null,
    trend,
  };
}

/**
 * Reads the indicators of one or more provinces as of a reference day: the sums (totals kept on write, or `sums`),
 * the places expected, one query for the places where a part exceeds its whole. The same rule everywhere.
 */
export async function readIndicators(
  db: Kysely<CoreDatabase>,
  indicators: readonly IndicatorRow[],
  sums: ValueSum[],
  referenceEndOf: (provinceCode: string) => string,
  units: Map<string, PlaceValidity[]>,
): Promise<(IndicatorRow & IndicatorFigure)[]> {
  const sumsByProvince = new Map<string, ValueSum[]>();
  for (const s of sums) sumsByProvince.set(s.provinceCode, [...(sumsByProvince.get(s.provinceCode) ?? []), s]);
  const indexed = new Map<string, SumsIndex>();
  const counters = new Map<string, (period: string) => number>();
  const points = indicators.map((indicator) => {
    const province = indicator.provinceCode as string;
    let index = indexed.get(province);
    if (!index) indexed.set(province, (index = indexSums(sumsByProvince.get(province) ?? [])));
    return latestPoint(indicator, index, referenceEndOf(province));
  });
  const checks: RatioCheck[] = [];
  indicators.forEach((indicator, i) => {
    const terms = ratioTerms(indicator);
    const latest = points[i]!.latest;
    if (terms && latest) checks.push({ provinceCode: indicator.provinceCode as string, ...terms, period: latest.period });
  });
  const mismatches = await placesPartExceedsWhole(db, checks);
  return indicators.map((indicator, i) => {
    const province = indicator.provinceCode as string;
    let counter = counters.get(province);
    if (!counter) counters.set(province, (counter = expectedPlaceCounter(units.get(province) ?? [])));
    const terms = ratioTerms(indicator);
    const latest = points[i]!.latest;
    const mismatched = terms && latest ? (mismatches.get(ratioCheckKey({ provinceCode: province, ...terms, period: latest.period })) ?? 0) : 0;
    return { ...indicator, ...readIndicator(indicator, points[i]!, counter, mismatched) };
  });
}

/**
 * Every indicator of the province's documents that govern the reference period, read as of its last day (values
 * of later periods do not count): value, period, completeness, consistency, state and trend.
 */
export async function indicatorReadings(db: Kysely<CoreDatabase>, provinceCode: string, reference: { start: string; end: string }, options: { sums?: ValueSums } = {}) {
  const all = await selectIndicators(db).where("catalog_documents.province_code", "=", provinceCode).execute();
  const indicators = all.filter((i) => (i.coversFrom === null || i.coversFrom <= reference.end) && (i.coversUntil === null || i.coversUntil >= reference.start));
  const elementIds = [...new Set(indicators.flatMap((i) => Object.values(ratioTerms(i) ?? {})))];
  const [sums, units] = await Promise.all([(options.sums ?? keptTotals)(db, { provinceCodes: [provinceCode], elementIds }), placeValidity(db, [provinceCode])]);
  return readIndicators(db, indicators, sums, () => reference.end, units);
}
