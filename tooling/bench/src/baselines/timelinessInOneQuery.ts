import { isOneOffPeriod, provinceObligations } from "@pcmt/api";
import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";
import { dayOf, periodBounds, type ReportState, reportStanding } from "@pcmt/domain";
import { format } from "date-fns";

/**
 * The competent baseline for the timeliness matrix: the schedule derived from the documents' rules (code, not SQL:
 * the rules are the domain's), then every agency × period cell joined to its report in one query
 * (`unnest` of the cells, left join on the reports' key), each cell's standing from the domain's rule.
 */
export async function timelinessInOneQuery(
  db: Kysely<CoreDatabase>,
  provinceCode: string,
  options: { periods: number; until: string; today: string },
) {
  const from = format(
    new Date(new Date(options.until).getTime() - (options.periods + 1) * 366 * 86_400_000),
    "yyyy-MM-dd",
  );
  const to = format(new Date(new Date(options.until).getTime() + 400 * 86_400_000), "yyyy-MM-dd");
  const obligations = await provinceObligations(db, provinceCode, from, to);
  const due = new Map<string, string>();
  for (const schedule of obligations.values())
    for (const s of schedule)
      if (!isOneOffPeriod(s.period) && periodBounds(s.period).start <= options.until) due.set(s.period, s.dueDate);
  const periods = [...due.entries()]
    .sort((a, b) => a[1].localeCompare(b[1]) || b[0].length - a[0].length)
    .slice(-options.periods)
    .map(([p]) => p);
  const wanted = new Set(periods);
  const wantedCells = [...obligations].flatMap(([agency, schedule]) =>
    schedule.filter((s) => wanted.has(s.period)).map((s) => ({ agency, period: s.period, dueDate: s.dueDate })),
  );
  const agencies = [...new Set(wantedCells.map((c) => c.agency))].sort();
  const order = new Map(agencies.map((a, i) => [a, i]));
  wantedCells.sort((a, b) => order.get(a.agency)! - order.get(b.agency)!);
  const rows = wantedCells.length
    ? (
        await sql<{
          agency: string;
          period: string;
          dueDate: string;
          id: string | null;
          state: ReportState | null;
          firstSubmittedAt: Date | null;
        }>`
          select c.agency, c.period, c.due as "dueDate", r.id, r.state, r.first_submitted_at as "firstSubmittedAt"
          from unnest(${wantedCells.map((c) => c.agency)}::text[], ${wantedCells.map((c) => c.period)}::text[], ${wantedCells.map((c) => c.dueDate)}::text[]) with ordinality as c(agency, period, due, n)
          left join reports r on r.province_code = ${provinceCode} and r.agency_code = c.agency and r.period = c.period
          order by c.n`.execute(db)
      ).rows
    : [];
  const cells = rows.map((r) => ({
    agency: r.agency,
    period: r.period,
    dueDate: r.dueDate,
    reportId: r.id,
    ...reportStanding(
      r.dueDate,
      r.state ? { state: r.state, firstSubmittedOn: dayOf(r.firstSubmittedAt) } : null,
      options.today,
    ),
  }));
  return { agencies, periods, cells };
}
