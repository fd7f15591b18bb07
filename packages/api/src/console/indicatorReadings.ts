import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type CatalogIndicator, evaluateIndicator, periodBounds, ratioPercent } from "@pcmt/domain";
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

/** Sums by element, then by period. */
export function indexSums(sums: readonly ValueSum[]): Map<string, Map<string, number>> {
  const byElement = new Map<string, Map<string, number>>();
  for (const s of sums) {
    let periods = byElement.get(s.elementId);
    if (!periods) byElement.set(s.elementId, (periods = new Map()));
    periods.set(s.period, Number(s.total));
  }
  return byElement;
}

/**
 * An indicator's values over periods, oldest first: the ratio of the province's sums in each period where both
 * terms were entered (never an average of the places' ratios).
 */
export function ratioSeries(indicator: IndicatorRow, sums: Map<string, Map<string, number>>, window?: { start: string; end: string }) {
  const terms = ratioTerms(indicator);
  if (!terms) return [];
  const numerators = sums.get(terms.numerator);
  const denominators = sums.get(terms.denominator);
  if (!numerators || !denominators) return [];
  const series = [];
  for (const [period, numerator] of numerators) {
    const denominator = denominators.get(period);
    if (denominator === undefined) continue;
    if (window) {
      const bounds = periodBounds(period);
      if (bounds.start < window.start || bounds.end > window.end) continue;
    }
    series.push({ period, numerator, denominator, value: ratioPercent(numerator, denominator) });
  }
  return series.sort((a, b) => periodEnd(a.period).localeCompare(periodEnd(b.period)) || a.period.length - b.period.length);
}

export function evaluateReading(indicator: IndicatorRow, value: number | null, today: string) {
  const dueEnd = indicator.due ? periodEnd(indicator.due) : null;
  return evaluateIndicator(
    { comparator: indicator.comparator as CatalogIndicator["comparator"], target: indicator.target, baseline: indicator.baseline as CatalogIndicator["baseline"] },
    { value, previousValue: null, dueHasPassed: dueEnd !== null && dueEnd < today },
  ).state;
}

/**
 * Every indicator of the province's documents with its latest value (within a report's window, when given), its
 * state against the target and its trend over the last twelve periods. One query for all the sums.
 */
export async function indicatorReadings(db: Kysely<CoreDatabase>, provinceCode: string, today: string, options: { window?: { start: string; end: string }; sums?: ValueSums } = {}) {
  const indicators = await selectIndicators(db).where("catalog_documents.province_code", "=", provinceCode).execute();
  const elementIds = [...new Set(indicators.flatMap((i) => Object.values(ratioTerms(i) ?? {})))];
  const sums = indexSums(await (options.sums ?? keptTotals)(db, { provinceCodes: [provinceCode], elementIds }));
  return indicators.map((indicator) => {
    const series = ratioSeries(indicator, sums, options.window);
    const latest = series.at(-1) ?? null;
    // The trend in the latest reading's kind of period (months with months, years with years).
    const trend = latest ? series.filter((s) => s.period.length === latest.period.length).slice(-12).map((s) => ({ period: s.period, value: s.value })) : [];
    return { ...indicator, value: latest?.value ?? null, period: latest?.period ?? null, trend, state: evaluateReading(indicator, latest?.value ?? null, today) };
  });
}
