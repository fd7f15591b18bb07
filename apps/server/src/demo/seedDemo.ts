import { createUser } from "@pcmt/api";
import type { CoreDatabase, Kysely } from "@pcmt/db";
import type { AnyPlugin } from "@pcmt/plugin-sdk";
import { type DemoAccount, demoAccounts, demoPassword } from "./demoAccounts";
import { seedDemoReports } from "./seedDemoReports";

/**
 * Demo data for the embedded database: the demo accounts (created once, never overwritten) and a history of
 * reports. Runs at every start, so it must be idempotent.
 */
export async function seedDemo(db: Kysely<CoreDatabase>, plugins: readonly AnyPlugin[]): Promise<DemoAccount[]> {
  const agencies = [...new Set(plugins.flatMap((p) => p.agencies))];
  const accounts = demoAccounts(agencies);
  for (const account of accounts) {
    const exists = await db
      .selectFrom("users")
      .select("id")
      .where("username", "=", account.username)
      .executeTakeFirst();
    if (exists) continue;
    await createUser(db, {
      username: account.username,
      displayName: account.displayName,
      password: demoPassword,
      role: account.role,
      agencyCode: account.agencyCode,
      provinceCode: account.provinceCode,
      // A reserved domain: with PCMT_SMTP_URL set, the demo's reminders go to that server and nowhere else.
      email: `${account.username}@pcmt.example`,
    });
  }
  await seedDemoReports(db);
  return accounts;
}
