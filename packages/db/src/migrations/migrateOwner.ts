import { type MigrationResultSet, Migrator } from "kysely";
import type { AnyKysely, MigrationSet } from "./MigrationSet";

export class MigrationFailedError extends Error {
  constructor(
    readonly owner: string,
    readonly migrationName: string | undefined,
    override readonly cause: unknown,
  ) {
    super(
      `Migration ${migrationName ?? "(unknown)"} of "${owner}" failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = "MigrationFailedError";
  }
}

/**
 * Brings one owner's tables up to date. Each owner keeps its own history table (`<owner>_migrations`), so a
 * plugin can be added, removed or upgraded without touching the core's or another plugin's history.
 */
export async function migrateOwner(db: AnyKysely, owner: string, migrations: MigrationSet): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: `${owner}_migrations`,
    migrationLockTableName: `${owner}_migrations_lock`,
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error");
    throw new MigrationFailedError(owner, failed?.migrationName, error);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
