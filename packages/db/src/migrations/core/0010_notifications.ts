import { type Kysely, sql } from "kysely";

/**
 * Notifications that reach people: each user's in-app notifications (read or not), the e-mails they become (an
 * outbox the server delivers and retries, so nothing is lost to a restart or a mail server down for a while), and
 * the log of every reminder sent, by the schedule or by the standing office. A scheduled reminder has a key: it is
 * recorded, and so sent, once. Users get an e-mail address.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("email", "text").execute();

  await db.schema
    .createTable("reminder_log")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("province_code", "text", (c) => c.notNull())
    .addColumn("agency_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("due_date", "date", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('before', 'on', 'after', 'after_week', 'manual')`))
    .addColumn("sent_by", "uuid")
    .addColumn("sent_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("recipients", "integer", (c) => c.notNull())
    .addColumn("note", "text")
    // province|agency|period|kind for the schedule's reminders; null for the office's own.
    .addColumn("schedule_key", "text", (c) => c.unique())
    .execute();
  await db.schema
    .createIndex("reminder_log_province_idx")
    .on("reminder_log")
    .columns(["province_code", "sent_at"])
    .execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("report_id", "uuid", (c) => c.references("reports.id").onDelete("cascade"))
    .addColumn("params", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    // The reminder it delivers (scheduled or from the office), for the reminder log's counts.
    .addColumn("reminder_id", "uuid", (c) => c.references("reminder_log.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("read_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("notifications_user_idx")
    .on("notifications")
    .columns(["user_id", "created_at"])
    .execute();

  await db.schema
    .createTable("email_outbox")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("notification_id", "uuid", (c) => c.references("notifications.id").onDelete("cascade"))
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    // The page the message is about ("/reports/…"), linked when the server knows its public address.
    .addColumn("link_path", "text")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("pending")
        .check(sql`status in ('pending', 'sent', 'failed', 'skipped')`),
    )
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_error", "text")
    .addColumn("sent_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("email_outbox_pending_idx")
    .on("email_outbox")
    .columns(["status", "next_attempt_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reminder_log").execute();
  await db.schema.dropTable("email_outbox").execute();
  await db.schema.dropTable("notifications").execute();
  await db.schema.alterTable("users").dropColumn("email").execute();
}
