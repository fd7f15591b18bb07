import type { CoreDatabase, Kysely } from "@pcmt/db";
import { reportingTimeliness } from "@pcmt/domain";
import { format } from "date-fns";
import { reportingAgencies, reportSchedule, reportSchedules } from "../reports/reportSchedule";

const dateOf = (value: Date | string | null) => (value ? format(new Date(value), "yyyy-MM-dd") : null);

export interface TimelinessOptions {
  /** How many of the latest periods. */
  periods: number;
  /** The last day considered (today by default). */
  until: string;
  today: string;
  /**
   * "batched": the agencies' schedules and the province's reports in a fixed number of queries (what the console
   * does). "perCell": for every agency and period, its schedule worked out again and its report looked up, as
   * straightforward code would — kept as the benchmark's baseline.
   */
  lookup?: "batched" | "perCell";
}

/** Agencies × their latest periods due, each cell the report's state and timeliness (đúng hạn / muộn / chưa gửi). */
export async function timelinessMatrix(db: Kysely<CoreDatabase>, provinceCode: string, options: TimelinessOptions) {
  const agencies = await reportingAgencies(db, provinceCode, { leadsOnly: true });
  const from = format(new Date(new Date(options.until).getTime() - (options.periods + 1) * 366 * 86_400_000), "yyyy-MM-dd");
  const all = await reportSchedules(db, agencies, provinceCode, from, options.until);
  const schedules = agencies.map((agency) => ({ agency, schedule: (all.get(agency) ?? []).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s.period)).slice(-options.periods) }));
  const batched =
    options.lookup === "perCell"
      ? null
      : await db.selectFrom("reports").select(["id", "agency_code", "period", "state", "first_submitted_at"]).where("province_code", "=", provinceCode).where("agency_code", "in", agencies.length ? agencies : [""]).execute();
  const byKey = new Map((batched ?? []).map((r) => [`${r.agency_code}|${r.period}`, r]));
  const matrixPeriods = new Map<string, string>();
  const cells = [];
  for (const { agency, schedule } of schedules) {
    for (const entry of schedule) {
      matrixPeriods.set(entry.period, entry.dueDate);
      if (!batched) {
        // The naive cell: is the agency due for this period at all (its whole schedule again), and its report.
        const again = await reportSchedule(db, agency, provinceCode, "2000-01-01", options.until);
        if (!again.some((s) => s.period === entry.period)) continue;
      }
      const report = batched
        ? byKey.get(`${agency}|${entry.period}`)
        : await db.selectFrom("reports").select(["id", "agency_code", "period", "state", "first_submitted_at"]).where("province_code", "=", provinceCode).where("agency_code", "=", agency).where("period", "=", entry.period).executeTakeFirst();
      cells.push({ agency, period: entry.period, dueDate: entry.dueDate, reportId: report?.id ?? null, state: report?.state ?? null, ...reportingTimeliness(entry.dueDate, dateOf(report?.first_submitted_at ?? null), options.today) });
    }
  }
  const periods = [...matrixPeriods.entries()].sort((a, b) => a[1].localeCompare(b[1])).slice(-options.periods).map(([p]) => p);
  return { agencies, periods, cells: cells.filter((c) => periods.includes(c.period)) };
}
