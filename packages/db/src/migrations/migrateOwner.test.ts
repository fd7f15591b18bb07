import { createTestDatabase, testEngines } from "@pcmt/testing";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../connection/openDatabase";
import { coreMigrations } from "./core";
import { migrateOwner } from "./migrateOwner";

describe.each(testEngines)("migrations on %s", (engine) => {
  it("creates the core tables once and keeps a history per owner", async () => {
    const testDb = await createTestDatabase(engine);
    const database = await openDatabase(testDb.config);
    try {
      expect(await migrateOwner(database.db, "core", coreMigrations)).toEqual([
        "0001_users_and_sessions",
        "0002_catalog",
        "0003_reports",
        "0004_value_totals",
        "0005_national_scale",
        "0006_document_lifetimes",
        "0007_password_lifecycle",
        "0008_value_notes",
        "0009_review_comments",
        "0010_notifications",
        "0011_place_populations",
        "0012_document_intake",
      ]);
      // Running again is a no-op.
      expect(await migrateOwner(database.db, "core", coreMigrations)).toEqual([]);

      // A second owner gets its own history table.
      const pluginMigrations = {
        "0001_things": {
          up: async (db: typeof database.db) => {
            await sql`create table demo_things (id serial primary key)`.execute(db);
          },
        },
      };
      expect(await migrateOwner(database.db, "demo", pluginMigrations)).toEqual(["0001_things"]);
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(
        database.db,
      );
      const names = tables.rows.map((r) => r.table_name);
      expect(names).toEqual(
        expect.arrayContaining(["users", "sessions", "core_migrations", "demo_migrations", "demo_things"]),
      );
    } finally {
      await database.close();
      await testDb.drop();
    }
  });

  it("reports which migration failed", async () => {
    const testDb = await createTestDatabase(engine);
    const database = await openDatabase(testDb.config);
    try {
      const broken = {
        "0001_broken": { up: async (db: typeof database.db) => void (await sql`create tabel oops`.execute(db)) },
      };
      await expect(migrateOwner(database.db, "broken", broken)).rejects.toThrow(/0001_broken of "broken"/);
    } finally {
      await database.close();
      await testDb.drop();
    }
  });
});
