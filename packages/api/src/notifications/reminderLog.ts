import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";

/**
 * Every reminder sent in a province (by the schedule or the office), newest first, optionally of one period, with
 * how it reached people: the e-mails sent, still pending, and failed or skipped.
 */
export async function reminderLog(db: Kysely<CoreDatabase>, provinceCode: string, period: string | undefined) {
  let query = db
    .selectFrom("reminder_log")
    .leftJoin("users", "users.id", "reminder_log.sent_by")
    .select([
      "reminder_log.id",
      "reminder_log.agency_code as agencyCode",
      "reminder_log.period",
      "reminder_log.due_date as dueDate",
      "reminder_log.kind",
      "reminder_log.sent_at as sentAt",
      "reminder_log.recipients",
      "reminder_log.note",
      "users.display_name as sentBy",
      sql<number>`(select count(*) from email_outbox e join notifications n on n.id = e.notification_id where n.reminder_id = reminder_log.id and e.status = 'sent')`.as(
        "emailsSent",
      ),
      sql<number>`(select count(*) from email_outbox e join notifications n on n.id = e.notification_id where n.reminder_id = reminder_log.id and e.status = 'pending')`.as(
        "emailsPending",
      ),
      sql<number>`(select count(*) from email_outbox e join notifications n on n.id = e.notification_id where n.reminder_id = reminder_log.id and e.status in ('failed', 'skipped'))`.as(
        "emailsUnsent",
      ),
    ])
    .where("reminder_log.province_code", "=", provinceCode)
    .orderBy("reminder_log.sent_at", "desc")
    .orderBy("reminder_log.id")
    .limit(300);
  if (period) query = query.where("reminder_log.period", "=", period);
  const rows = await query.execute();
  return rows.map((r) => ({
    ...r,
    sentAt: new Date(r.sentAt).toISOString(),
    emailsSent: Number(r.emailsSent),
    emailsPending: Number(r.emailsPending),
    emailsUnsent: Number(r.emailsUnsent),
  }));
}
