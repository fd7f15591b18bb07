import type { CoreDatabase, Kysely } from "@pcmt/db";
import { dayOf, periodBounds, reportStanding } from "@pcmt/domain";
import { format } from "date-fns";
import { isOneOffPeriod, provinceObligations } from "../reports/reportSchedule";

export interface TimelinessOptions {
  /** How many of the latest periods. */
  periods: number;
  /** The last day considered (today by default): periods begun by then. */
  until: string;
  today: string;
}

/**
 * Agencies × the latest periods begun, each cell the report's standing on the day (chưa đến hạn / đúng hạn / muộn N
 * ngày / chưa gửi, quá hạn N ngày / trả lại — chờ gửi lại). The agencies are those the documents oblige for those
 * periods (coordinators included) — the same rule as the desk and the consolidated report.
 */
export async function timelinessMatrix(db: Kysely<CoreDatabase>, provinceCode: string, options: TimelinessOptions) {
  const from = format(
    new Date(new Date(options.until).getTime() - (options.periods + 1) * 366 * 86_400_000),
    "yyyy-MM-dd",
  );
  const to = format(new Date(new Date(options.until).getTime() + 400 * 86_400_000), "yyyy-MM-dd");
  const obligations = await provinceObligations(db, provinceCode, from, to);
  const matrixPeriods = new Map<string, string>();
  for (const schedule of obligations.values()) {
    for (const s of schedule)
      if (!isOneOffPeriod(s.period) && periodBounds(s.period).start <= options.until)
        matrixPeriods.set(s.period, s.dueDate);
  }
  // By due date; a half-year before the year due the same day (the year sums it up).
  const periods = [...matrixPeriods.entries()]
    .sort((a, b) => a[1].localeCompare(b[1]) || b[0].length - a[0].length)
    .slice(-options.periods)
    .map(([p]) => p);
  const wanted = new Set(periods);
  const agencies = [...obligations]
    .filter(([, schedule]) => schedule.some((s) => wanted.has(s.period)))
    .map(([agency]) => agency)
    .sort();
  const reports =
    agencies.length === 0
      ? []
      : await db
          .selectFrom("reports")
          .select(["id", "agency_code", "period", "state", "first_submitted_at"])
          .where("province_code", "=", provinceCode)
          .where("agency_code", "in", agencies)
          .where("period", "in", periods)
          .execute();
  const byKey = new Map(reports.map((r) => [`${r.agency_code}|${r.period}`, r]));
  const cells = [];
  for (const agency of agencies) {
    for (const entry of obligations.get(agency) ?? []) {
      if (!wanted.has(entry.period)) continue;
      const report = byKey.get(`${agency}|${entry.period}`);
      const standing = reportStanding(
        entry.dueDate,
        report ? { state: report.state, firstSubmittedOn: dayOf(report.first_submitted_at) } : null,
        options.today,
      );
      cells.push({ agency, period: entry.period, dueDate: entry.dueDate, reportId: report?.id ?? null, ...standing });
    }
  }
  return { agencies, periods, cells };
}
