import type { CoreDatabase, Kysely } from "@pcmt/db";

/** Every account, by username, with what an administrator sees of it (never the password hash). */
export function listUsers(db: Kysely<CoreDatabase>) {
  return db
    .selectFrom("users")
    .select([
      "id",
      "username",
      "display_name as displayName",
      "role",
      "agency_code as agencyCode",
      "province_code as provinceCode",
      "active",
      "must_change_password as mustChangePassword",
      "password_changed_at as passwordChangedAt",
      "last_signed_in_at as lastSignedInAt",
      "locked_reason as lockedReason",
      "email",
    ])
    .orderBy("username")
    .execute();
}
