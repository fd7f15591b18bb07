import type { CoreDatabase, Kysely } from "@pcmt/db";
import {
  dayOf,
  indicatorStates,
  type IndicatorState,
  periodBounds,
  periodContaining,
  periodsBetween,
  reportStanding,
  targetWindow,
  yearBefore,
} from "@pcmt/domain";
import { addMonths, format, parseISO } from "date-fns";
import { latestClosedPeriod, obligedFor, reportingObligations } from "../reports/reportSchedule";
import { type CatalogSnapshot, catalogSnapshot } from "./catalogSnapshot";
import {
  elementTerm,
  type IndicatorRow,
  indicatorElements,
  measurementPeriod,
  periodEnd,
  readIndicators,
  type Reference,
} from "./indicatorReadings";
import { keptTotals, type ValueSums } from "./valueSums";

const recentCache = new Map<string, string[]>();

/** The periods a "latest value" may come from as of a day: the last three months, quarters, halves and years. */
export function recentPeriods(day: string): string[] {
  const cached = recentCache.get(day);
  if (cached) return cached;
  const periods = new Set<string>();
  for (let back = 0; back < 3; back++) {
    periods.add(periodContaining("month", format(addMonths(parseISO(day), -back), "yyyy-MM-dd")).id);
    periods.add(periodContaining("quarter", format(addMonths(parseISO(day), -3 * back), "yyyy-MM-dd")).id);
    periods.add(periodContaining("half_year", format(addMonths(parseISO(day), -6 * back), "yyyy-MM-dd")).id);
    periods.add(periodContaining("year", format(addMonths(parseISO(day), -12 * back), "yyyy-MM-dd")).id);
  }
  const list = [...periods];
  if (recentCache.size < 1000) recentCache.set(day, list);
  return list;
}

/**
 * The periods whose totals an indicator's figure may come from: for a ratio, the recent periods up to the end of
 * its window; for a count, its measurement period and its parts (and the year before, for a growth target).
 */
function periodsRead(indicator: IndicatorRow, reference: Reference): string[] {
  if (!elementTerm(indicator)) return recentPeriods(targetWindow(indicator.due, reference.end).end);
  const { period } = measurementPeriod(indicator, reference);
  if (!period) return [];
  const withParts = (id: string) => {
    const { start, end } = periodBounds(id);
    return [
      id,
      ...(["month", "quarter", "half_year"] as const).flatMap((kind) =>
        periodsBetween(kind, start, end).map((p) => p.id),
      ),
    ];
  };
  return indicator.baseline === "previous_year"
    ? [...withParts(period), ...withParts(yearBefore(period))]
    : withParts(period);
}

type ProvinceReference = { period: string; dueDate: string; obliged: ReturnType<typeof obligedFor> };
const referenceCache = new WeakMap<CatalogSnapshot, { today: string; references: Map<string, ProvinceReference> }>();

/**
 * Each province's latest period due as of a day and who owed it — from its documents and who has tasks in them
 * (the same function as the desk, the matrix and the report). Depends only on the catalog and the day: remembered
 * for the snapshot and the day.
 */
function provinceReferences(
  snapshot: CatalogSnapshot,
  provinces: readonly { code: string }[],
  today: string,
): Map<string, ProvinceReference> {
  const cached = referenceCache.get(snapshot);
  if (cached && cached.today === today) return cached.references;
  const horizon = format(addMonths(parseISO(today), 13), "yyyy-MM-dd");
  const yearsBack = format(addMonths(parseISO(today), -60), "yyyy-MM-dd");
  const rolesOf = new Map<string, CatalogSnapshot["roles"]>();
  for (const r of snapshot.roles) {
    const list = rolesOf.get(r.document_slug);
    if (list) list.push(r);
    else rolesOf.set(r.document_slug, [r]);
  }
  const references = new Map<string, ProvinceReference>();
  for (const province of provinces) {
    const docs = snapshot.documents.filter((d) => d.province_code === province.code);
    const obligations = reportingObligations(
      docs,
      docs.flatMap((d) => rolesOf.get(d.slug) ?? []),
      yearsBack,
      horizon,
    );
    const closed = latestClosedPeriod(obligations, today);
    if (closed) references.set(province.code, { ...closed, obliged: obligedFor(obligations, closed.period) });
  }
  referenceCache.set(snapshot, { today, references });
  return references;
}

const reportingKeys = ["on_time", "late", "returned", "not_submitted"] as const;
type ReportingKey = (typeof reportingKeys)[number];

/**
 * The country in one table: for every province with plans, as of its latest period whose reporting deadline has
 * passed (the period its own console and report default to), its indicators by state — with the same rule as the
 * province's console: completeness, consistency, target periods — and who owed that period's report and where it
 * stands. A fixed number of queries whatever the number of provinces; the catalog's part comes from
 * `catalogSnapshot`. Values are those of the last three months, quarters, halves and years up to each reference.
 */
export async function nationalOverview(db: Kysely<CoreDatabase>, today: string, options: { sums?: ValueSums } = {}) {
  const snapshot = await catalogSnapshot(db);
  const { documents, provinces: allProvinces, indicators, placesOf } = snapshot;
  const provinces = allProvinces.filter((p) => documents.some((d) => d.province_code === p.code));
  const references = provinceReferences(snapshot, provinces, today);
  const referenceOf = (code: string) => {
    const ref = references.get(code);
    return ref ? { period: ref.period, end: periodBounds(ref.period).end, today } : { period: null, end: today, today };
  };

  const wanted = indicators.filter((i) => {
    const ref = references.get(i.provinceCode as string);
    const bounds = ref ? periodBounds(ref.period) : { start: today, end: today };
    return (
      (i.coversFrom === null || i.coversFrom <= bounds.end) && (i.coversUntil === null || i.coversUntil >= bounds.start)
    );
  });
  // A place-count term (`communes_total`) is counted from the places where the hierarchy can count it
  // (readIndicators adds it); its typed values are read for the periods it cannot count.
  const elementIds = [...new Set(wanted.flatMap(indicatorElements))];
  // Each province's own periods (its reference differs: Quảng Trị's plan ended with 2024).
  const periodsOf = new Map<string, Set<string>>();
  const seen = new Map<string, Set<string[]>>();
  for (const indicator of wanted) {
    const provinceCode = indicator.provinceCode as string;
    const read = periodsRead(indicator, referenceOf(provinceCode));
    // Most indicators of a province read the same (remembered) list: added once.
    const lists = seen.get(provinceCode) ?? seen.set(provinceCode, new Set()).get(provinceCode)!;
    if (lists.has(read)) continue;
    lists.add(read);
    const periods = periodsOf.get(provinceCode) ?? periodsOf.set(provinceCode, new Set()).get(provinceCode)!;
    for (const period of read) periods.add(period);
  }
  const provincePeriods = [...periodsOf].flatMap(([provinceCode, periods]) =>
    [...periods].map((period) => ({ provinceCode, period })),
  );
  const duePeriods = [...new Set([...references.values()].map((r) => r.period))];
  const [sums, reports] = await Promise.all([
    (options.sums ?? keptTotals)(db, { provinceCodes: null, elementIds, provincePeriods }),
    duePeriods.length
      ? db
          .selectFrom("reports")
          .select(["province_code", "agency_code", "period", "state", "first_submitted_at"])
          .where("period", "in", duePeriods)
          .execute()
      : Promise.resolve([]),
  ]);
  const readings = await readIndicators(db, wanted, sums, referenceOf, placesOf, { trend: false });
  const reportOf = new Map(reports.map((r) => [`${r.province_code}|${r.agency_code}|${r.period}`, r]));

  const rows = provinces.map((province) => {
    const states = Object.fromEntries(indicatorStates.map((s) => [s, 0])) as Record<IndicatorState, number>;
    for (const reading of readings) if (reading.provinceCode === province.code) states[reading.state]++;
    const ref = references.get(province.code);
    const reporting = Object.fromEntries(reportingKeys.map((k) => [k, 0])) as Record<ReportingKey, number>;
    for (const { agency, scheduled } of ref?.obliged ?? []) {
      const report = reportOf.get(`${province.code}|${agency}|${ref!.period}`);
      const standing = reportStanding(
        scheduled.dueDate,
        report ? { state: report.state, firstSubmittedOn: dayOf(report.first_submitted_at) } : null,
        today,
      );
      const key: ReportingKey = standing.awaitingResubmission
        ? "returned"
        : standing.timeliness === "not_due"
          ? "not_submitted"
          : standing.timeliness;
      reporting[key]++;
    }
    return {
      code: province.code,
      name: province.name,
      indicators: states,
      reporting: { period: ref?.period ?? null, dueDate: ref?.dueDate ?? null, ...reporting },
    };
  });
  const total = <K extends string>(pick: (r: (typeof rows)[number]) => Record<K, number>, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, rows.reduce((n, r) => n + pick(r)[k], 0)])) as Record<K, number>;
  return {
    asOf: today,
    latestPeriodEnd: sums.length
      ? sums
          .map((s) => periodEnd(s.period))
          .sort()
          .at(-1)!
      : null,
    provinces: rows,
    totals: {
      indicators: total((r) => r.indicators, indicatorStates),
      reporting: total((r) => r.reporting, reportingKeys),
    },
  };
}
