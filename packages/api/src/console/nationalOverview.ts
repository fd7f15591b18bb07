import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type DeadlineRule, dueDates, type IndicatorState, periodContaining, reportingTimeliness, type Timeliness } from "@pcmt/domain";
import { addMonths, format, parseISO } from "date-fns";
import { catalogSnapshot } from "./catalogSnapshot";
import { evaluateReading, indexSums, periodEnd, ratioSeries, ratioTerms } from "./indicatorReadings";
import { keptTotals, type ValueSums } from "./valueSums";

/** The periods a "latest value" may come from as of a day: the last three months, quarters, halves and years. */
export function recentPeriods(today: string): string[] {
  const periods = new Set<string>();
  for (let back = 0; back < 3; back++) {
    const day = format(addMonths(parseISO(today), -back), "yyyy-MM-dd");
    periods.add(periodContaining("month", day).id);
    periods.add(periodContaining("quarter", format(addMonths(parseISO(today), -3 * back), "yyyy-MM-dd")).id);
    periods.add(periodContaining("half_year", format(addMonths(parseISO(today), -6 * back), "yyyy-MM-dd")).id);
    periods.add(periodContaining("year", format(addMonths(parseISO(today), -12 * back), "yyyy-MM-dd")).id);
  }
  return [...periods];
}

const annual = (issuedOn: string | null): DeadlineRule => ({ kind: "recurring", frequency: "yearly", dueDay: null, before: false, dueOffsetMonths: 0, from: issuedOn ? `${issuedOn.slice(0, 4)}-01-01` : null, until: null });

/**
 * The country in one table: for every province with plans, its indicators by state (latest values, from the
 * totals kept on write) and who sent the latest report due (on time, late, not sent). A fixed number of queries
 * whatever the number of provinces; the catalog's part comes from `catalogSnapshot`.
 */
export async function nationalOverview(db: Kysely<CoreDatabase>, today: string, options: { sums?: ValueSums } = {}) {
  const yearAgo = format(addMonths(parseISO(today), -13), "yyyy-MM-dd");
  const { documents, provinces: allProvinces, indicators, leads } = await catalogSnapshot(db);
  const provinces = allProvinces.filter((p) => documents.some((d) => d.province_code === p.code));

  // Reporting: the latest period due of each document (the same rule gives the same dates: computed once), its
  // lead agencies, their reports.
  const leadsOf = new Map<string, string[]>();
  for (const l of leads) {
    const list = leadsOf.get(l.document_slug);
    if (list) list.push(l.agency_code);
    else leadsOf.set(l.document_slug, [l.agency_code]);
  }
  const dueOf = new Map<string, ReturnType<typeof dueDates>[number] | undefined>();
  const latestDue = new Map<string, { period: string; dueDate: string; agencies: Set<string> }>();
  for (const doc of documents) {
    const rule = (doc.reporting as { rule: DeadlineRule } | null)?.rule ?? annual(doc.issued_on);
    const ruleKey = JSON.stringify(rule);
    if (!dueOf.has(ruleKey)) dueOf.set(ruleKey, dueDates(rule, yearAgo, today).filter((d) => d.period !== null).at(-1));
    const due = dueOf.get(ruleKey);
    if (!due?.period) continue;
    const code = doc.province_code as string;
    const current = latestDue.get(code);
    const agencies = leadsOf.get(doc.slug) ?? [];
    if (!current || due.date > current.dueDate) latestDue.set(code, { period: due.period, dueDate: due.date, agencies: new Set(agencies) });
    else if (due.period === current.period) for (const a of agencies) current.agencies.add(a);
  }
  const duePeriods = [...new Set([...latestDue.values()].map((d) => d.period))];

  // Indicators: the latest value of each in the recent periods (totals kept on write), and the reports due.
  const elementIds = [...new Set(indicators.flatMap((i) => Object.values(ratioTerms(i) ?? {})))];
  const [sums, reports] = await Promise.all([
    (options.sums ?? keptTotals)(db, { provinceCodes: null, elementIds, periods: recentPeriods(today) }),
    duePeriods.length ? db.selectFrom("reports").select(["province_code", "agency_code", "period", "first_submitted_at"]).where("period", "in", duePeriods).execute() : Promise.resolve([]),
  ]);
  const sumsByProvince = new Map<string, typeof sums>();
  for (const s of sums) {
    const list = sumsByProvince.get(s.provinceCode);
    if (list) list.push(s);
    else sumsByProvince.set(s.provinceCode, [s]);
  }
  const reportOf = new Map(reports.map((r) => [`${r.province_code}|${r.agency_code}|${r.period}`, r]));
  const indicatorsOf = new Map<string, typeof indicators>();
  for (const i of indicators) {
    const list = indicatorsOf.get(i.provinceCode as string);
    if (list) list.push(i);
    else indicatorsOf.set(i.provinceCode as string, [i]);
  }

  const rows = provinces.map((province) => {
    const states: Record<IndicatorState, number> = { achieved: 0, at_risk: 0, not_achieved: 0, no_data: 0 };
    const provinceSums = indexSums(sumsByProvince.get(province.code) ?? []);
    for (const indicator of indicatorsOf.get(province.code) ?? []) {
      const latest = ratioSeries(indicator, provinceSums).at(-1) ?? null;
      states[evaluateReading(indicator, latest?.value ?? null, today)]++;
    }
    const due = latestDue.get(province.code);
    const reporting: Record<Timeliness, number> = { on_time: 0, late: 0, not_submitted: 0 };
    for (const agency of due?.agencies ?? []) {
      const report = reportOf.get(`${province.code}|${agency}|${due?.period}`);
      const sent = report?.first_submitted_at ? format(new Date(report.first_submitted_at), "yyyy-MM-dd") : null;
      reporting[reportingTimeliness(due!.dueDate, sent, today).timeliness]++;
    }
    return { code: province.code, name: province.name, indicators: states, reporting: { period: due?.period ?? null, dueDate: due?.dueDate ?? null, ...reporting } };
  });
  const total = <K extends string>(pick: (r: (typeof rows)[number]) => Record<K, number>, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, rows.reduce((n, r) => n + pick(r)[k], 0)])) as Record<K, number>;
  return {
    asOf: today,
    latestPeriodEnd: sums.length ? sums.map((s) => periodEnd(s.period)).sort().at(-1)! : null,
    provinces: rows,
    totals: {
      indicators: total((r) => r.indicators, ["achieved", "at_risk", "not_achieved", "no_data"] as const),
      reporting: total((r) => r.reporting, ["on_time", "late", "not_submitted"] as const),
    },
  };
}
