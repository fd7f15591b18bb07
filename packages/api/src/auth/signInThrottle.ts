import type { CoreDatabase, Kysely } from "@pcmt/db";

/**
 * Repeated failed sign-ins are slowed down: after a few free failures for the same username (more from the same
 * address, since an office shares one), each further attempt must wait 2^(failures - free) seconds, up to
 * `maxDelaySeconds`. Kept in the database so every server replica sees the same count.
 */
export const throttlePolicy = {
  freeFailuresPerUser: 3,
  freeFailuresPerAddress: 20,
  maxDelaySeconds: 15 * 60,
  forgetAfterMinutes: 60,
} as const;

export const throttleSubjects = (username: string, clientIp: string) => [`user:${username.toLowerCase()}`, `ip:${clientIp}`];

/** Seconds the caller must still wait, 0 when an attempt may be made now. */
export async function secondsUntilNextAttempt(db: Kysely<CoreDatabase>, subjects: string[], now = new Date()): Promise<number> {
  const rows = await db.selectFrom("sign_in_throttle").select("blocked_until").where("subject", "in", subjects).execute();
  const waits = rows.map((r) => (r.blocked_until ? Math.ceil((new Date(r.blocked_until).getTime() - now.getTime()) / 1000) : 0));
  return Math.max(0, ...waits);
}

export function delayAfter(failures: number, subject: string): number {
  const free = subject.startsWith("ip:") ? throttlePolicy.freeFailuresPerAddress : throttlePolicy.freeFailuresPerUser;
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free), throttlePolicy.maxDelaySeconds);
}

export async function recordFailedSignIn(db: Kysely<CoreDatabase>, subjects: string[], now = new Date()): Promise<void> {
  const forgetBefore = new Date(now.getTime() - throttlePolicy.forgetAfterMinutes * 60_000);
  for (const subject of subjects) {
    const existing = await db.selectFrom("sign_in_throttle").selectAll().where("subject", "=", subject).executeTakeFirst();
    const failures = existing && new Date(existing.last_failure_at) > forgetBefore ? existing.failures + 1 : 1;
    const delay = delayAfter(failures, subject);
    const blockedUntil = delay > 0 ? new Date(now.getTime() + delay * 1000) : null;
    await db
      .insertInto("sign_in_throttle")
      .values({ subject, failures, last_failure_at: now, blocked_until: blockedUntil })
      .onConflict((oc) => oc.column("subject").doUpdateSet({ failures, last_failure_at: now, blocked_until: blockedUntil }))
      .execute();
  }
}

export async function clearFailedSignIns(db: Kysely<CoreDatabase>, username: string): Promise<void> {
  await db.deleteFrom("sign_in_throttle").where("subject", "=", `user:${username.toLowerCase()}`).execute();
}
