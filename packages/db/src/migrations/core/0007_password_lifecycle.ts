import type { Kysely } from "kysely";

/**
 * Passwords and sessions a person can manage: a password set by an administrator must be changed at the next
 * sign-in, the time of the last change is kept, and each session remembers where it was opened (address, browser)
 * so that its user can recognise it in the list of their sessions. Administrators see when each user last signed
 * in, and why a locked account was locked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("must_change_password", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("password_changed_at", "timestamptz")
    .addColumn("last_signed_in_at", "timestamptz")
    .addColumn("locked_reason", "text")
    .execute();
  await db.schema.alterTable("sessions").addColumn("client_ip", "text").addColumn("user_agent", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("sessions").dropColumn("client_ip").dropColumn("user_agent").execute();
  await db.schema
    .alterTable("users")
    .dropColumn("must_change_password")
    .dropColumn("password_changed_at")
    .dropColumn("last_signed_in_at")
    .dropColumn("locked_reason")
    .execute();
}
