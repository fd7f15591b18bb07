import type { CoreDatabase, Kysely } from "@pcmt/db";
import {
  agencyLabel,
  type CatalogIndicator,
  type Completeness,
  defaultMinCompleteness,
  elementValueIn,
  evaluateFigure,
  inWindow,
  type IndicatorState,
  periodBounds,
  placesExpectedIn,
  type PlaceValidity,
  parsePeriod,
  periodContaining,
  countedFor,
  placeCountElement,
  ratioPercent,
  reportingLevelFor,
  targetWindow,
  dayYearBefore,
  yearBefore,
} from "@pcmt/domain";
import { addPlaceCounts, withoutPlaceCounts } from "./placeCounts";
import { placesPartExceedsWhole, type RatioCheck, ratioCheckKey } from "./ratioConsistency";
import { keptTotals, type ValueSum, type ValueSums } from "./valueSums";

export const periodEnd = (p: string) => periodBounds(p).end;

/** The columns of an indicator the console needs. */
export function selectIndicators(db: Kysely<CoreDatabase>) {
  return db
    .selectFrom("catalog_indicators")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_indicators.document_slug")
    .leftJoin("catalog_data_elements", (join) =>
      join
        .onRef("catalog_data_elements.document_slug", "=", "catalog_indicators.document_slug")
        .onRef("catalog_data_elements.code", "=", "catalog_indicators.element"),
    )
    .leftJoin("catalog_data_elements as numerator_element", (join) =>
      join
        .onRef("numerator_element.document_slug", "=", "catalog_indicators.document_slug")
        .onRef("numerator_element.code", "=", "catalog_indicators.numerator"),
    )
    .leftJoin("catalog_data_elements as denominator_element", (join) =>
      join
        .onRef("denominator_element.document_slug", "=", "catalog_indicators.document_slug")
        .onRef("denominator_element.code", "=", "catalog_indicators.denominator"),
    )
    .select([
      "catalog_data_elements.unit as elementUnit",
      "catalog_data_elements.agency_code as elementAgency",
      "numerator_element.agency_code as numeratorAgency",
      "denominator_element.agency_code as denominatorAgency",
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
      "catalog_indicators.element",
      "catalog_indicators.min_completeness as minCompleteness",
      "catalog_documents.covers_from as coversFrom",
      "catalog_documents.covers_until as coversUntil",
    ])
    .orderBy("catalog_documents.position")
    .orderBy("catalog_indicators.position");
}
export type IndicatorRow = Awaited<ReturnType<ReturnType<typeof selectIndicators>["execute"]>>[number];

/** The data elements a ratio indicator is computed from; null when it is not measured from values. */
export function ratioTerms(
  indicator: Pick<IndicatorRow, "aggregation" | "numerator" | "denominator" | "documentSlug">,
) {
  if (indicator.aggregation !== "ratio" || !indicator.numerator || !indicator.denominator) return null;
  return {
    numerator: `${indicator.documentSlug}#${indicator.numerator}`,
    denominator: `${indicator.documentSlug}#${indicator.denominator}`,
  };
}

/** The data element a non-ratio indicator is measured on; null when it is a ratio or linked to no values. */
export function elementTerm(indicator: Pick<IndicatorRow, "aggregation" | "element" | "documentSlug">): string | null {
  return indicator.aggregation !== "ratio" && indicator.element
    ? `${indicator.documentSlug}#${indicator.element}`
    : null;
}

/** Every data element an indicator is read from. */
export const indicatorElements = (indicator: IndicatorRow): string[] => {
  const element = elementTerm(indicator);
  return element ? [element] : Object.values(ratioTerms(indicator) ?? {});
};

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
export function ratioSeries(
  indicator: IndicatorRow,
  sums: SumsIndex,
  window?: { start: string | null; end: string },
): RatioPoint[] {
  const terms = ratioTerms(indicator);
  if (!terms) return [];
  const numerators = sums.get(terms.numerator);
  const denominators = sums.get(terms.denominator);
  if (!numerators || !denominators) return [];
  const series: (RatioPoint & { end: string })[] = [];
  for (const [period, numerator] of numerators) {
    const denominator = denominators.get(period);
    if (denominator === undefined) continue;
    const bounds = periodBounds(period);
    if (window && (bounds.end > window.end || (window.start !== null && bounds.start < window.start))) continue;
    series.push({
      period,
      end: bounds.end,
      numerator: numerator.total,
      denominator: denominator.total,
      value: ratioPercent(numerator.total, denominator.total),
      places: { numerator: numerator.places, denominator: denominator.places },
    });
  }
  // Periods ending the same day: the longer one last (the year after its second half), as the latest reading.
  series.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : b.period.length - a.period.length));
  return series.map(({ end: _end, ...point }) => point);
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
export async function placeValidity(
  db: Kysely<CoreDatabase>,
  provinceCodes: readonly string[],
): Promise<Map<string, PlaceValidity[]>> {
  const rows = provinceCodes.length
    ? await db
        .selectFrom("org_units")
        .select(["province_code", "level", "valid_from", "valid_to"])
        .where("province_code", "in", [...provinceCodes])
        .where("level", "!=", "province")
        .execute()
    : [];
  const byProvince = new Map<string, PlaceValidity[]>(provinceCodes.map((p) => [p, []]));
  for (const r of rows)
    byProvince.get(r.province_code)?.push({ level: r.level, validFrom: r.valid_from, validTo: r.valid_to });
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
  /** The agencies whose values make it. */
  sources: string[];
  /** What was compared with the target: the value, or the growth in percent over the previous year. */
  measured: number | null;
  /** The unit of `value`: "percent" for a ratio, the element's unit for a count ("case", "location"…). */
  valueUnit: string;
  /** For a growth target: the change over the period compared with, in percent; null without both values. */
  growth: number | null;
  /**
   * For a growth target: the period compared with (to the same day when read to date) and its value; `acrossReform`
   * when the two were reported at different levels (districts before 1/7/2025, communes after).
   */
  previous: { period: string; through: string | null; value: number | null; acrossReform: boolean } | null;
  /** For a count read while its period runs: the last day its value covers ("năm 2024, đến 30/06/2024"). */
  through: string | null;
  /** The latest periods of `period`'s kind, each with the places it is made of (a gap when too few: `meetsMinCompleteness`). */
  trend: { period: string; value: number | null; completeness: Completeness }[];
}

/**
 * The first step of reading a ratio: its series inside the target's window (a 2024 target on 2024, a later target
 * on the latest values up to the reference) and its latest point — whose consistency by place is then looked up
 * for every indicator at once.
 */
export function latestPoint(indicator: IndicatorRow, sums: SumsIndex, reference: Reference) {
  const window = targetWindow(indicator.due, reference.end, {
    today: reference.today,
    lifetimeUntil: indicator.coversUntil,
  });
  const upToEnd = ratioSeries(indicator, sums, { start: null, end: window.end });
  const series = window.start === null ? upToEnd : upToEnd.filter((p) => inWindow(window, p.period));
  return { window, upToEnd, latest: series.at(-1) ?? null };
}

/** The word for the places a figure counts: "huyện" for periods reported per district (before 1/7/2025), "xã" after. */
export const placeWordOf = (period: string | null) =>
  period && reportingLevelFor(period) === "district" ? "huyện" : "xã";

const evaluationTarget = (indicator: IndicatorRow) => ({
  comparator: indicator.comparator as CatalogIndicator["comparator"],
  target: indicator.target,
  baseline: indicator.baseline as CatalogIndicator["baseline"],
  minCompleteness: indicator.minCompleteness,
});

/**
 * A ratio's figure, evaluated only when it can be trusted (`evaluateFigure`): completeness against the places
 * expected in its period, a part larger than its whole in the province's sums or in any place.
 */
export function readRatio(
  indicator: IndicatorRow,
  point: ReturnType<typeof latestPoint>,
  expectedPlaces: (period: string) => number,
  partExceedsWholeIn: number,
  withTrend = true,
): Omit<IndicatorFigure, "sources"> {
  const { window, upToEnd, latest } = point;
  const completeness = latest
    ? {
        reported: Math.min(latest.places.numerator, latest.places.denominator),
        expected: expectedPlaces(latest.period),
      }
    : null;
  const partExceedsWhole = latest !== null && latest.numerator > latest.denominator;
  const evaluation = evaluateFigure(evaluationTarget(indicator), {
    value: latest?.value ?? null,
    previousValue: null,
    dueHasPassed: window.final,
    checks: { completeness, partExceedsWhole, placesPartExceedsWhole: partExceedsWholeIn },
  });
  // The trend in the latest reading's kind of period (months with months, years with years).
  const trend =
    latest && withTrend
      ? upToEnd
          .filter((s) => s.period.length === latest.period.length)
          .slice(-12)
          .map((s) => ({
            period: s.period,
            value: s.value,
            completeness: {
              reported: Math.min(s.places.numerator, s.places.denominator),
              expected: expectedPlaces(s.period),
            },
          }))
      : [];
  return {
    value: latest?.value ?? null,
    period: latest?.period ?? null,
    through: null,
    termTotals: latest ? { numerator: latest.numerator, denominator: latest.denominator } : null,
    measured: evaluation.measured,
    valueUnit: "percent",
    growth: null,
    completeness,
    placeWord: placeWordOf(latest?.period ?? null),
    minCompleteness: evaluation.minCompleteness,
    partExceedsWhole,
    placesPartExceedsWhole: partExceedsWholeIn,
    state: evaluation.state,
    final: window.final,
    measurable: true,
    previous: null,
    trend,
  };
}

/**
 * The period an element's target is measured on: the target's own period once it is over ("năm 2024", for the 2024
 * plan); while it runs, the part of it up to the reference (the year 2024 to the end of June, read in 6/2024); for a
 * target set for every period, the reference period itself — final once the document has ended.
 */
export function measurementPeriod(
  indicator: Pick<IndicatorRow, "due" | "coversUntil">,
  reference: Reference,
): { period: string | null; through: string | null; final: boolean } {
  const { due } = indicator;
  const window = targetWindow(due, reference.end, { today: reference.today, lifetimeUntil: indicator.coversUntil });
  const dueId = due && /^\d{4}-\d{2}-\d{2}$/.test(due) ? due.slice(0, 4) : due;
  if (window.final && dueId) return { period: dueId, through: null, final: true };
  if (!dueId || !reference.period) return { period: reference.period, through: null, final: window.final };
  const running = periodContaining(parsePeriod(dueId).kind, reference.end).id;
  const end = reference.end < reference.today ? reference.end : reference.today;
  return { period: running, through: end < periodBounds(running).end ? end : null, final: false };
}

/**
 * A count's figure (new hotspots "= 0", drug crimes detected "+5% so với năm trước"): the element's value in the
 * measurement period — added up from its months when entered monthly — and, for a growth target, the same period a
 * year before; complete only when every part came in from enough places, in both years.
 */
export function readElement(
  indicator: IndicatorRow,
  sums: SumsIndex,
  reference: Reference,
  expectedPlaces: (period: string) => number,
): Omit<IndicatorFigure, "sources"> {
  const element = elementTerm(indicator)!;
  const totals = sums.get(element) ?? new Map<string, TermSum>();
  const { period, through, final } = measurementPeriod(indicator, reference);
  const aggregation = (indicator.aggregation === "ratio" ? "sum" : indicator.aggregation) as Exclude<
    CatalogIndicator["aggregation"],
    "ratio"
  >;
  const current = period ? elementValueIn(totals, period, aggregation, expectedPlaces, through) : null;
  const growth = indicator.baseline === "previous_year";
  const previous =
    growth && period
      ? elementValueIn(totals, yearBefore(period), aggregation, expectedPlaces, through ? dayYearBefore(through) : null)
      : null;
  const worst = [
    current?.completeness,
    growth
      ? (previous?.completeness ?? { reported: 0, expected: period ? expectedPlaces(yearBefore(period)) : 0 })
      : undefined,
  ]
    .filter((c): c is Completeness => c !== undefined)
    .sort((a, b) => a.reported * Math.max(1, b.expected) - b.reported * Math.max(1, a.expected))[0];
  const evaluation = evaluateFigure(evaluationTarget(indicator), {
    value: current?.value ?? null,
    previousValue: previous?.value ?? null,
    dueHasPassed: final,
    checks: { completeness: current ? (worst ?? null) : null, partExceedsWhole: false, placesPartExceedsWhole: 0 },
  });
  const kindLength = [...totals.keys()].sort().at(-1)?.length ?? 7;
  const trend = [...totals.entries()]
    .filter(([p]) => p.length === kindLength && periodEnd(p) <= reference.end)
    .sort((a, b) => periodEnd(a[0]).localeCompare(periodEnd(b[0])))
    .slice(-12)
    .map(([p, t]) => ({
      period: p,
      value: t.total,
      completeness: { reported: t.places, expected: expectedPlaces(p) },
    }));
  return {
    value: current?.value ?? null,
    period: current ? period : null,
    through: current ? through : null,
    termTotals: null,
    measured: evaluation.measured,
    valueUnit: indicator.elementUnit ?? "count",
    growth:
      current && previous && previous.value !== 0
        ? ((current.value - previous.value) / Math.abs(previous.value)) * 100
        : null,
    completeness: current ? (worst ?? null) : null,
    placeWord: placeWordOf(period),
    minCompleteness: evaluation.minCompleteness,
    partExceedsWhole: false,
    placesPartExceedsWhole: 0,
    state: evaluation.state,
    final,
    measurable: true,
    previous:
      growth && period && current
        ? {
            period: yearBefore(period),
            through: through ? dayYearBefore(through) : null,
            value: previous?.value ?? null,
            acrossReform: reportingLevelFor(period) !== reportingLevelFor(yearBefore(period)),
          }
        : null,
    trend,
  };
}

/** An indicator linked to no values: shown, never evaluated. */
function unmeasured(): Omit<IndicatorFigure, "sources"> {
  return {
    value: null,
    period: null,
    through: null,
    termTotals: null,
    measured: null,
    valueUnit: "count",
    growth: null,
    completeness: null,
    placeWord: "xã",
    minCompleteness: defaultMinCompleteness,
    partExceedsWhole: false,
    placesPartExceedsWhole: 0,
    state: "no_data",
    final: false,
    measurable: false,
    previous: null,
    trend: [],
  };
}

/**
 * An indicator with its figure, as one object — its sources those of the figure's period (the reference's when it
 * has none). `Object.assign` rather than a spread: a literal spreading some forty properties takes V8's slow path
 * (34 ms for the country's 1,400 indicators, against 2 ms).
 */
const withFigure = (
  indicator: IndicatorRow,
  figure: Omit<IndicatorFigure, "sources">,
  reference: Reference,
): IndicatorRow & IndicatorFigure =>
  Object.assign({}, indicator, figure, {
    sources: figureSources(indicator, figure.period ?? reference.period ?? reference.end),
  });

const sourceName = (code: string | null) => (code === null ? "Cơ quan thường trực" : agencyLabel(code));

/**
 * The agencies whose values make a figure of a period (a ratio's two terms, a count's element); the standing office
 * for figures no agency enters; the place hierarchy for a term the platform counts in that period (`countedFor`),
 * whoever the catalog names for it — and the agency the catalog names for a place count it cannot count then (the
 * communes of a period reported per district), whose values are typed.
 */
export function figureSources(
  i: Pick<
    IndicatorRow,
    "aggregation" | "numeratorAgency" | "denominatorAgency" | "elementAgency" | "element" | "numerator" | "denominator"
  >,
  period: string,
): string[] {
  const terms: [string | null, string | null][] =
    i.aggregation === "ratio"
      ? [
          [i.numerator, i.numeratorAgency],
          [i.denominator, i.denominatorAgency],
        ]
      : i.element
        ? [[i.element, i.elementAgency]]
        : [];
  return [
    ...new Set(terms.map(([code, agency]) => (code && countedFor(code, period)?.sourceName) || sourceName(agency))),
  ];
}

/** Whether a ratio's terms come from different agencies (or from the standing office), so entry cannot compare them. */
export const termsFromTwoSources = (indicator: Pick<IndicatorRow, "numeratorAgency" | "denominatorAgency">) =>
  indicator.numeratorAgency === null ||
  indicator.denominatorAgency === null ||
  indicator.numeratorAgency !== indicator.denominatorAgency;

/** The reference a province's indicators are read for: its period, that period's last day, and today. */
export interface Reference {
  period: string | null;
  end: string;
  today: string;
}
export type ReferenceOf = (provinceCode: string) => Reference;

/**
 * Reads indicators of one or more provinces as of their reference periods: the sums (totals kept on write, or
 * another source) — those of a place-count term (`communes_total`) counted from `units` instead, complete, for the
 * periods the hierarchy counts it (`countedFor`) —, the places expected, one query for the places where a part
 * exceeds its whole. The same rule for the console, the report and the national overview.
 */
export async function readIndicators(
  db: Kysely<CoreDatabase>,
  indicators: readonly IndicatorRow[],
  sums: ValueSum[],
  referenceOf: ReferenceOf,
  units: Map<string, PlaceValidity[]>,
  /** The last twelve periods of each indicator (the console's sparklines); the national table needs none. */
  options: { trend?: boolean } = {},
): Promise<(IndicatorRow & IndicatorFigure)[]> {
  const withTrend = options.trend ?? true;
  const sumsByProvince = new Map<string, ValueSum[]>();
  // A value typed for an element the platform counts in its period never counts: its figure comes from the places
  // below. For a period it cannot count, the typed values are the figure, as for any element.
  for (const s of withoutPlaceCounts(sums)) {
    const list = sumsByProvince.get(s.provinceCode);
    if (list) list.push(s);
    else sumsByProvince.set(s.provinceCode, [s]);
  }
  // Each province's place-count terms, and the periods a count measured on one is read for.
  const placeCounts = new Map<string, { elements: Set<string>; periods: Set<string> }>();
  for (const indicator of indicators) {
    const counted = indicatorElements(indicator).filter((id) => placeCountElement(id));
    if (counted.length === 0) continue;
    const province = indicator.provinceCode as string;
    const entry = placeCounts.get(province) ?? { elements: new Set<string>(), periods: new Set<string>() };
    placeCounts.set(province, entry);
    for (const id of counted) entry.elements.add(id);
    const reference = referenceOf(province);
    if (reference.period) entry.periods.add(reference.period);
    const { period } = elementTerm(indicator) ? measurementPeriod(indicator, reference) : { period: null };
    if (period) for (const p of [period, yearBefore(period)]) entry.periods.add(p);
  }
  const indexed = new Map<string, SumsIndex>();
  const indexOf = (province: string) => {
    let index = indexed.get(province);
    if (!index) {
      index = indexSums(sumsByProvince.get(province) ?? []);
      const counted = placeCounts.get(province);
      if (counted) addPlaceCounts(index, counted.elements, units.get(province) ?? [], counted.periods);
      indexed.set(province, index);
    }
    return index;
  };
  const counters = new Map<string, (period: string) => number>();
  const counterOf = (province: string) => {
    let counter = counters.get(province);
    if (!counter) counters.set(province, (counter = expectedPlaceCounter(units.get(province) ?? [])));
    return counter;
  };
  const points = indicators.map((indicator) =>
    ratioTerms(indicator)
      ? latestPoint(indicator, indexOf(indicator.provinceCode as string), referenceOf(indicator.provinceCode as string))
      : null,
  );
  // Place by place, a part can only exceed its whole when two agencies (or the standing office) enter the terms:
  // where one agency enters both, entry refuses it (grid and import). Those are checked here; every ratio is
  // checked on the province's sums.
  const checks: RatioCheck[] = [];
  indicators.forEach((indicator, i) => {
    const terms = ratioTerms(indicator);
    const latest = points[i]?.latest;
    if (terms && latest && termsFromTwoSources(indicator))
      checks.push({ provinceCode: indicator.provinceCode as string, ...terms, period: latest.period });
  });
  const mismatches = await placesPartExceedsWhole(db, checks);
  return indicators.map((indicator, i) => {
    const province = indicator.provinceCode as string;
    const terms = ratioTerms(indicator);
    const point = points[i];
    if (terms && point) {
      const mismatched = point.latest
        ? (mismatches.get(ratioCheckKey({ provinceCode: province, ...terms, period: point.latest.period })) ?? 0)
        : 0;
      return withFigure(
        indicator,
        readRatio(indicator, point, counterOf(province), mismatched, withTrend),
        referenceOf(province),
      );
    }
    if (elementTerm(indicator))
      return withFigure(
        indicator,
        readElement(indicator, indexOf(province), referenceOf(province), counterOf(province)),
        referenceOf(province),
      );
    return withFigure(indicator, unmeasured(), referenceOf(province));
  });
}

/**
 * Every indicator of the province's documents that govern the reference period, read as of its last day (values
 * of later periods do not count): value, period, completeness, consistency, state and trend.
 */
export async function indicatorReadings(
  db: Kysely<CoreDatabase>,
  provinceCode: string,
  reference: { period: string | null; start: string; end: string },
  today: string,
  options: { sums?: ValueSums } = {},
) {
  const all = await selectIndicators(db).where("catalog_documents.province_code", "=", provinceCode).execute();
  const indicators = all.filter(
    (i) =>
      (i.coversFrom === null || i.coversFrom <= reference.end) &&
      (i.coversUntil === null || i.coversUntil >= reference.start),
  );
  // A place-count term too: its values typed for the periods the hierarchy cannot count are its figure there.
  const elementIds = [...new Set(indicators.flatMap(indicatorElements))];
  const [sums, units] = await Promise.all([
    (options.sums ?? keptTotals)(db, { provinceCodes: [provinceCode], elementIds }),
    placeValidity(db, [provinceCode]),
  ]);
  return readIndicators(db, indicators, sums, () => ({ period: reference.period, end: reference.end, today }), units);
}
