import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";
import type { Mailer } from "./mailer";

/** Attempts before a message is given up (with waits of 2, 4, 8, 16, 32 minutes between them). */
export const maxAttempts = 6;

export interface DeliveryResult {
  sent: number;
  failed: number;
  retrying: number;
  skipped: number;
}

/**
 * Delivers what the outbox holds and is due: claims a batch (a message is taken by one delivery only, even with
 * several servers), sends each, records the outcome. A refused message waits longer each time, then is marked
 * failed with the server's answer. Without a mailer (no SMTP configured) messages are marked skipped: the centre
 * in the app is then the only channel, and the reminder log says so.
 */
export async function deliverPendingEmails(
  db: Kysely<CoreDatabase>,
  mailer: Mailer | null,
  options: { publicUrl?: string | null; batch?: number } = {},
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0, retrying: 0, skipped: 0 };
  if (!mailer) {
    const skipped = await db
      .updateTable("email_outbox")
      .set({ status: "skipped", last_error: "Máy chủ chưa cấu hình gửi thư (PCMT_SMTP_URL)." })
      .where("status", "=", "pending")
      .executeTakeFirst();
    result.skipped = Number(skipped.numUpdatedRows);
    return result;
  }
  const claimed = await sql<{
    id: string;
    to_address: string;
    subject: string;
    body: string;
    link_path: string | null;
    attempts: number;
  }>`
    update email_outbox set attempts = attempts + 1, next_attempt_at = now() + interval '10 minutes'
    where id in (
      select id from email_outbox where status = 'pending' and next_attempt_at <= now()
      order by created_at limit ${options.batch ?? 50} for update skip locked
    )
    returning id, to_address, subject, body, link_path, attempts`.execute(db);
  const base = options.publicUrl?.replace(/\/$/, "");
  for (const message of claimed.rows) {
    const text = base && message.link_path ? `${message.body}\n\n${base}${message.link_path}` : message.body;
    try {
      await mailer.send({ to: message.to_address, subject: message.subject, text });
      await db
        .updateTable("email_outbox")
        .set({ status: "sent", sent_at: new Date(), last_error: null })
        .where("id", "=", message.id)
        .execute();
      result.sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 500) : String(error);
      const last = message.attempts >= maxAttempts;
      await db
        .updateTable("email_outbox")
        .set({
          status: last ? "failed" : "pending",
          last_error: reason,
          next_attempt_at: new Date(Date.now() + 2 ** message.attempts * 60_000),
        })
        .where("id", "=", message.id)
        .execute();
      if (last) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}
