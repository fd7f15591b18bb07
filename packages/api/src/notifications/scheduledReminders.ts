import type { CoreDatabase, Kysely } from "@pcmt/db";
import { addDays, format } from "date-fns";
import { parseDay, reminderDue, reminderWindow } from "@pcmt/domain";
import { provinceObligations } from "../reports/reportSchedule";
import { sendReminder } from "./sendReminder";

export interface ReminderRound {
  /** Reminders sent in this round (each once, ever). */
  sent: { provinceCode: string; agencyCode: string; period: string; kind: string; recipients: number }[];
}

/**
 * One round of the reminder schedule, for a day: every report the documents oblige an agency to send, not yet sent
 * (or returned and not sent again), whose reminder is due that day — three days before its deadline, on it, the
 * day after, a week after. Run at start and every few minutes; what a round sends is recorded, so running it again
 * (or on another server) sends nothing twice.
 */
export async function runReminderRound(db: Kysely<CoreDatabase>, today: string): Promise<ReminderRound> {
  const from = format(addDays(parseDay(today), -reminderWindow.pastDays), "yyyy-MM-dd");
  const to = format(addDays(parseDay(today), reminderWindow.aheadDays), "yyyy-MM-dd");
  const provinces = await db
    .selectFrom("catalog_documents")
    .select("province_code")
    .distinct()
    .where("province_code", "is not", null)
    .execute();
  const round: ReminderRound = { sent: [] };
  for (const { province_code: provinceCode } of provinces) {
    if (!provinceCode) continue;
    const obligations = await provinceObligations(db, provinceCode, from, to);
    const due = [...obligations]
      .flatMap(([agencyCode, scheduled]) =>
        scheduled.map((s) => ({ agencyCode, ...s, kind: reminderDue(s.dueDate, today) })),
      )
      .filter((s) => s.kind !== null);
    if (due.length === 0) continue;
    const reports = await db
      .selectFrom("reports")
      .select(["id", "agency_code", "period", "state"])
      .where("province_code", "=", provinceCode)
      .where("period", "in", [...new Set(due.map((d) => d.period))])
      .execute();
    for (const d of due) {
      const report = reports.find((r) => r.agency_code === d.agencyCode && r.period === d.period);
      // Sent (waiting for review) or accepted: nothing to remind.
      if (report && (report.state === "submitted" || report.state === "accepted")) continue;
      const kind = d.kind!;
      const recipients = await sendReminder(
        db,
        { provinceCode, agencyCode: d.agencyCode, period: d.period, dueDate: d.dueDate, reportId: report?.id ?? null },
        { kind, today },
      );
      if (recipients !== null)
        round.sent.push({ provinceCode, agencyCode: d.agencyCode, period: d.period, kind, recipients });
    }
  }
  return round;
}
