import type { CoreDatabase, Kysely } from "@pcmt/db";
import { differenceInCalendarDays } from "date-fns";
import { notificationKindOf, parseDay, type ScheduledReminder } from "@pcmt/domain";
import { notify } from "./notify";
import { agencyOfficers } from "./recipients";

export interface ReminderTarget {
  provinceCode: string;
  agencyCode: string;
  period: string;
  dueDate: string;
  reportId: string | null;
}

/**
 * Records a reminder and tells the agency's officers, in one transaction. A scheduled reminder carries its key
 * (province|agency|period|kind): a second attempt — another round, another server, a restart — finds it recorded
 * and sends nothing. Returns the number of people told, or null when the reminder had already been sent.
 */
export async function sendReminder(
  db: Kysely<CoreDatabase>,
  target: ReminderTarget,
  how:
    { kind: ScheduledReminder; today: string } | { kind: "manual"; today: string; sentBy: string; note: string | null },
): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const officers = await agencyOfficers(trx, target.agencyCode, target.provinceCode);
    const scheduleKey =
      how.kind === "manual" ? null : `${target.provinceCode}|${target.agencyCode}|${target.period}|${how.kind}`;
    const logged = await trx
      .insertInto("reminder_log")
      .values({
        province_code: target.provinceCode,
        agency_code: target.agencyCode,
        period: target.period,
        due_date: target.dueDate,
        kind: how.kind,
        sent_by: how.kind === "manual" ? how.sentBy : null,
        recipients: officers.length,
        note: how.kind === "manual" ? how.note : null,
        schedule_key: scheduleKey,
      })
      .onConflict((oc) => oc.column("schedule_key").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!logged) return null;
    await notify(trx, officers, {
      kind: how.kind === "manual" ? "reminder" : notificationKindOf[how.kind],
      reportId: target.reportId,
      reminderId: logged.id,
      params: {
        period: target.period,
        agencyCode: target.agencyCode,
        provinceCode: target.provinceCode,
        dueDate: target.dueDate,
        daysToDue: differenceInCalendarDays(parseDay(target.dueDate), parseDay(how.today)),
        ...(how.kind === "manual" && how.note ? { note: how.note } : {}),
      },
    });
    return officers.length;
  });
}
