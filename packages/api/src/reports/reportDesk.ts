import type { CoreDatabase, Kysely } from "@pcmt/db";
import { describePeriod, reportStanding } from "@pcmt/domain";
import { referencePeriod } from "../console/consolePeriod";
import type { ReportRow } from "./reportAccess";
import { isOneOffPeriod, obligedForPeriod } from "./reportSchedule";
import { today, view } from "./reportView";

/**
 * The standing office's desk: every agency the documents oblige to report for a period (by default the latest
 * whose deadline has passed, as on the console), with state and where the report stands today.
 */
export async function reportDesk(db: Kysely<CoreDatabase>, provinceCode: string, wanted: string | undefined) {
  const reference = await referencePeriod(
    db,
    provinceCode,
    today(),
    wanted && !isOneOffPeriod(wanted) ? wanted : undefined,
  );
  const period = wanted ?? reference.period;
  if (!period) return { period: null, label: reference.label, choices: reference.choices, rows: [] };
  const reports = await db
    .selectFrom("reports")
    .selectAll()
    .where("province_code", "=", provinceCode)
    .where("period", "=", period)
    .execute();
  // Who owes this period, from the documents in force (the same list as the matrix and the report).
  const obliged = await obligedForPeriod(db, provinceCode, period);
  const rows = [];
  for (const { agency: agencyCode, scheduled } of obliged) {
    const report = reports.find((r) => r.agency_code === agencyCode) as ReportRow | undefined;
    rows.push(
      report
        ? view(report)
        : {
            agencyCode,
            id: null,
            period,
            dueDate: scheduled.dueDate,
            ...reportStanding(scheduled.dueDate, null, today()),
          },
    );
  }
  rows.sort((a, b) => b.daysLate - a.daysLate || a.agencyCode.localeCompare(b.agencyCode));
  return { period, label: describePeriod(period), choices: reference.choices, rows };
}
