import { createHash, randomBytes } from "node:crypto";
import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type Actor, AgencyCode } from "@pcmt/domain";

export interface SessionPolicy {
  /** A session unused for this long ends (sliding expiry). */
  idleMinutes: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteHours: number;
}

export const defaultSessionPolicy: SessionPolicy = { idleMinutes: 8 * 60, absoluteHours: 24 };

/** Only the hash of a token is stored: the cookie holds the token itself. */
export const sessionIdOf = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(
  db: Kysely<CoreDatabase>,
  userId: string,
  policy: SessionPolicy,
  now = new Date(),
  origin: { clientIp?: string | null; userAgent?: string | null } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + policy.idleMinutes * 60_000);
  await db
    .insertInto("sessions")
    .values({
      id: sessionIdOf(token),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
      client_ip: origin.clientIp ?? null,
      user_agent: origin.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

/**
 * The actor behind a session token, or null when the token is unknown, expired or its user deactivated.
 * Using a session pushes its expiry forward, never past the absolute limit.
 */
export async function resolveSession(
  db: Kysely<CoreDatabase>,
  token: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<{ actor: Actor; expiresAt: Date; mustChangePassword: boolean } | null> {
  const id = sessionIdOf(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.created_at",
      "sessions.expires_at",
      "sessions.last_seen_at",
      "users.id as user_id",
      "users.username",
      "users.display_name",
      "users.role",
      "users.agency_code",
      "users.province_code",
      "users.active",
      "users.must_change_password",
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  if (!row.active || new Date(row.expires_at) <= now) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }
  const absoluteEnd = new Date(new Date(row.created_at).getTime() + policy.absoluteHours * 3_600_000);
  const expiresAt = new Date(Math.min(now.getTime() + policy.idleMinutes * 60_000, absoluteEnd.getTime()));
  // Touch at most once a minute: reads stay cheap under load.
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
    await db.updateTable("sessions").set({ last_seen_at: now, expires_at: expiresAt }).where("id", "=", id).execute();
  }
  const agency = row.agency_code === null ? null : AgencyCode.safeParse(row.agency_code);
  return {
    actor: {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      agencyCode: agency?.success ? agency.data : null,
      provinceCode: row.province_code,
    },
    expiresAt,
    mustChangePassword: row.must_change_password,
  };
}

export async function revokeSession(db: Kysely<CoreDatabase>, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionIdOf(token)).execute();
}

/** A user's sessions still open, the newest first, the one of `currentToken` marked. */
export async function listSessions(
  db: Kysely<CoreDatabase>,
  userId: string,
  currentToken: string | null,
  now = new Date(),
) {
  const current = currentToken ? sessionIdOf(currentToken) : null;
  const rows = await db
    .selectFrom("sessions")
    .select(["id", "created_at", "last_seen_at", "expires_at", "client_ip", "user_agent"])
    .where("user_id", "=", userId)
    .where("expires_at", ">", now)
    .orderBy("last_seen_at", "desc")
    .execute();
  return rows.map((r) => ({
    current: r.id === current,
    signedInAt: new Date(r.created_at).toISOString(),
    lastSeenAt: new Date(r.last_seen_at).toISOString(),
    clientIp: r.client_ip,
    userAgent: r.user_agent,
  }));
}

/** Ends every session of a user but the one of `keepToken` (none kept when null); how many ended. */
export async function endSessions(db: Kysely<CoreDatabase>, userId: string, keepToken: string | null): Promise<number> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (keepToken) query = query.where("id", "!=", sessionIdOf(keepToken));
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function purgeExpiredSessions(db: Kysely<CoreDatabase>, now = new Date()): Promise<number> {
  const result = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
