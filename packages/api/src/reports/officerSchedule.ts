import { type Actor, reportStanding } from "@pcmt/domain";
import type { RequestContext } from "@pcmt/plugin-sdk";
import { addMonths, format } from "date-fns";
import type { ReportRow } from "./reportAccess";
import { reportSchedule } from "./reportSchedule";
import { today, view } from "./reportView";

/** The officer's reports over the last three years and the coming months, with state and timeliness. */
export async function officerSchedule(ctx: RequestContext & { actor: Actor }) {
  const { agencyCode, provinceCode } = ctx.actor;
  if (!agencyCode || !provinceCode) return [];
  const now = new Date();
  // Three years back: a report still unsent from two years ago is still owed, and shown.
  const schedule = await reportSchedule(
    ctx.db,
    agencyCode,
    provinceCode,
    format(addMonths(now, -36), "yyyy-MM-dd"),
    format(addMonths(now, 3), "yyyy-MM-dd"),
  );
  const reports = await ctx.db
    .selectFrom("reports")
    .selectAll()
    .where("agency_code", "=", agencyCode)
    .where("province_code", "=", provinceCode)
    .execute();
  return schedule
    .map((s) => {
      const report = reports.find((r) => r.period === s.period) as ReportRow | undefined;
      return report
        ? { ...view(report), documentSlugs: s.documentSlugs }
        : {
            id: null,
            period: s.period,
            dueDate: s.dueDate,
            documentSlugs: s.documentSlugs,
            ...reportStanding(s.dueDate, null, today()),
          };
    })
    .reverse();
}
