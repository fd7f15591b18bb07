import { type Actor, reportStanding } from "@pcmt/domain";
import type { RequestContext } from "@pcmt/plugin-sdk";
import { addMonths, format } from "date-fns";
import type { ReportRow } from "./reportAccess";
import { reportScheduleUntil } from "./reportSchedule";
import { today, view } from "./reportView";

/**
 * The officer's reports since the province's documents first asked for one, and those of the coming months, with
 * state and timeliness: a report still unsent or returned years ago is still owed, and shown.
 */
export async function officerSchedule(ctx: RequestContext & { actor: Actor }) {
  const { agencyCode, provinceCode } = ctx.actor;
  if (!agencyCode || !provinceCode) return [];
  const schedule = await reportScheduleUntil(
    ctx.db,
    agencyCode,
    provinceCode,
    format(addMonths(new Date(), 3), "yyyy-MM-dd"),
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
