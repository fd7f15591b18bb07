import { EventEmitter } from "node:events";
import type { CoreDatabase, Kysely } from "@pcmt/db";
import type { NotificationKind } from "@pcmt/domain";
import { describeNotification, type NotificationParams } from "./describeNotification";
import type { Recipient } from "./recipients";

/** Told when e-mails were queued, so that the server delivers them now rather than at its next round. */
export const emailQueued = new EventEmitter();

export interface NotificationDraft {
  kind: NotificationKind;
  reportId: string | null;
  params: NotificationParams;
  /** The reminder it delivers, for the reminder log. */
  reminderId?: string;
}

/**
 * Tells people: a notification in each one's centre and, for those with an address, an e-mail in the outbox
 * (delivered by the server, retried if the mail server is away). Written with the caller's transaction.
 */
export async function notify(
  db: Kysely<CoreDatabase>,
  recipients: readonly Recipient[],
  draft: NotificationDraft,
): Promise<number> {
  if (recipients.length === 0) return 0;
  const rows = await db
    .insertInto("notifications")
    .values(
      recipients.map((r) => ({
        user_id: r.id,
        kind: draft.kind,
        report_id: draft.reportId,
        params: JSON.stringify(draft.params),
        reminder_id: draft.reminderId ?? null,
      })),
    )
    .returning(["id", "user_id"])
    .execute();
  const emails = recipients.filter((r) => r.email);
  if (emails.length > 0) {
    const message = describeNotification(draft.kind, draft.params);
    const notificationOf = new Map(rows.map((r) => [r.user_id, r.id]));
    await db
      .insertInto("email_outbox")
      .values(
        emails.map((r) => ({
          notification_id: notificationOf.get(r.id) ?? null,
          to_address: r.email as string,
          subject: message.subject,
          body: message.text,
          link_path: draft.reportId ? `/reports/${draft.reportId}` : "/reports",
        })),
      )
      .execute();
    emailQueued.emit("queued");
  }
  return rows.length;
}
