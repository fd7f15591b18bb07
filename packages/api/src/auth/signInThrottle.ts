import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";

/**
 * Repeated failed sign-ins are slowed down, per username *and* address: after a few free attempts, each further one
 * must wait `firstDelaySeconds` × 2^(attempts - free) seconds, up to `maxDelaySeconds`. A stranger guessing from elsewhere slows only
 * themselves — the user signs in from their own address. An address has a ceiling of its own, high enough for a
 * department behind one NAT. Kept in the database so every server replica sees the same count.
 *
 * An attempt is *reserved* before the password is checked, in one atomic statement per subject: a concurrent burst
 * counts as a burst (200 parallel guesses get the free attempts, not 200 evaluations). A successful sign-in gives
 * its reservation back.
 */
export const throttlePolicy = {
  freeAttemptsPerUserAndAddress: 3,
  freeAttemptsPerAddress: 100,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterMinutes: 60,
} as const;

export const throttleSubjects = (username: string, clientIp: string) => [
  `user:${username.toLowerCase()}|ip:${clientIp}`,
  `ip:${clientIp}`,
];

export function delayAfter(attempts: number, subject: string): number {
  const free = subject.includes("|")
    ? throttlePolicy.freeAttemptsPerUserAndAddress
    : throttlePolicy.freeAttemptsPerAddress;
  if (attempts < free) return 0;
  return Math.min(throttlePolicy.firstDelaySeconds * 2 ** (attempts - free), throttlePolicy.maxDelaySeconds);
}

/**
 * Reserves one attempt for every subject, atomically: refused (with the seconds to wait) when any subject is still
 * blocked; otherwise counted, each subject blocked for the delay its new count earns.
 */
export async function reserveSignInAttempt(
  db: Kysely<CoreDatabase>,
  subjects: string[],
  now = new Date(),
): Promise<{ allowed: true } | { allowed: false; waitSeconds: number }> {
  const forgetBefore = new Date(now.getTime() - throttlePolicy.forgetAfterMinutes * 60_000);
  return db.transaction().execute(async (trx) => {
    for (const subject of subjects) {
      // One statement: the row is locked, the count read and raised, the block set — or nothing when blocked.
      const reserved = await sql<{ failures: number }>`
        insert into sign_in_throttle as t (subject, failures, last_failure_at, blocked_until)
        values (${subject}, 1, ${now}, ${delayAfter(1, subject) > 0 ? new Date(now.getTime() + delayAfter(1, subject) * 1000) : null})
        on conflict (subject) do update set
          failures = case when t.last_failure_at < ${forgetBefore} then 1 else t.failures + 1 end,
          last_failure_at = ${now},
          blocked_until = null
        where t.blocked_until is null or t.blocked_until <= ${now}
        returning failures`.execute(trx);
      const row = reserved.rows[0];
      if (!row) {
        const blocked = await trx
          .selectFrom("sign_in_throttle")
          .select("blocked_until")
          .where("subject", "=", subject)
          .executeTakeFirst();
        const waitSeconds = blocked?.blocked_until
          ? Math.max(1, Math.ceil((new Date(blocked.blocked_until).getTime() - now.getTime()) / 1000))
          : 1;
        // Give back what this attempt reserved on the subjects before (it is refused, not evaluated).
        const before = subjects.slice(0, subjects.indexOf(subject));
        if (before.length)
          await trx
            .updateTable("sign_in_throttle")
            .set((eb) => ({ failures: eb("failures", "-", 1) }))
            .where("subject", "in", before)
            .execute();
        return { allowed: false as const, waitSeconds };
      }
      const delay = delayAfter(Number(row.failures), subject);
      if (delay > 0)
        await trx
          .updateTable("sign_in_throttle")
          .set({ blocked_until: new Date(now.getTime() + delay * 1000) })
          .where("subject", "=", subject)
          .execute();
    }
    return { allowed: true as const };
  });
}

/** A successful sign-in: the user's count from this address is cleared, the address gets its attempt back. */
export async function releaseSignInAttempt(db: Kysely<CoreDatabase>, subjects: string[]): Promise<void> {
  const [userAtAddress, address] = subjects;
  if (userAtAddress) await db.deleteFrom("sign_in_throttle").where("subject", "=", userAtAddress).execute();
  if (address) {
    await db
      .updateTable("sign_in_throttle")
      .set((eb) => ({ failures: sql`greatest(${eb.ref("failures")} - 1, 0)`, blocked_until: null }))
      .where("subject", "=", address)
      .where("failures", "<=", throttlePolicy.freeAttemptsPerAddress)
      .execute();
  }
}
