import { type CoreDatabase, coreMigrations, type Kysely, migrateOwner } from "@pcmt/db";
import { type AnyPlugin, migratePlugin } from "@pcmt/plugin-sdk";

export interface MigrationReport {
  owner: string;
  applied: string[];
}

/**
 * Migrates the core, then each enabled plugin in its own history. A plugin may create only tables prefixed with
 * its id (`migratePlugin`, the SDK's check the plugin test harness also runs): anything else is an error naming the
 * plugin and the table, so plugins cannot collide.
 */
export async function migratePlatform(
  db: Kysely<CoreDatabase>,
  plugins: readonly AnyPlugin[],
): Promise<MigrationReport[]> {
  const reports: MigrationReport[] = [{ owner: "core", applied: await migrateOwner(db, "core", coreMigrations) }];
  for (const plugin of plugins) reports.push({ owner: plugin.id, applied: await migratePlugin(db, plugin) });
  return reports;
}
