import { type CoreDatabase, coreMigrations, type Kysely, migrateOwner, sql } from "@pcmt/db";
import type { AnyPlugin } from "@pcmt/plugin-sdk";

export interface MigrationReport {
  owner: string;
  applied: string[];
}

async function publicTables(db: Kysely<CoreDatabase>): Promise<Set<string>> {
  const result = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = current_schema()`.execute(db);
  return new Set(result.rows.map((r) => r.table_name));
}

/**
 * Migrates the core, then each enabled plugin in its own history. A plugin may create only tables prefixed with
 * its id: anything else is reported as an error naming the plugin and the table, so plugins cannot collide.
 */
export async function migratePlatform(db: Kysely<CoreDatabase>, plugins: readonly AnyPlugin[]): Promise<MigrationReport[]> {
  const reports: MigrationReport[] = [{ owner: "core", applied: await migrateOwner(db, "core", coreMigrations) }];
  for (const plugin of plugins) {
    const before = await publicTables(db);
    const applied = await migrateOwner(db, plugin.id, plugin.migrations);
    const created = [...(await publicTables(db))].filter((t) => !before.has(t));
    const foreign = created.filter((t) => !t.startsWith(`${plugin.id}_`));
    if (foreign.length > 0) {
      throw new Error(`Plugin "${plugin.id}" đã tạo bảng không có tiền tố "${plugin.id}_": ${foreign.join(", ")}`);
    }
    reports.push({ owner: plugin.id, applied });
  }
  return reports;
}
