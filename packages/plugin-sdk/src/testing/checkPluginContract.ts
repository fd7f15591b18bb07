import { coreMigrations, migrateOwner, openDatabase, sql } from "@pcmt/db";
import { createTestDatabase, testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validatePluginManifest } from "../manifest/PluginManifest";
import type { AnyPlugin } from "../server/definePlugin";
import { assertEveryProcedureDeclaresAccess, migratePlugin, publicTables } from "../server/pluginChecks";

/**
 * What start-up checks of a plugin, as the plugin's own tests, on PGlite and PostgreSQL: a valid manifest, every
 * procedure saying who may call it, migrations that create only tables with the plugin's prefix, that undo
 * cleanly and apply again. Two lines in a plugin's test:
 *
 *   import { checkPluginContract } from "@pcmt/plugin-sdk/testing";
 *   checkPluginContract(policePlugin);
 */
export function checkPluginContract(plugin: AnyPlugin) {
  it(`${plugin.id}: the manifest is valid and every procedure declares its access`, () => {
    expect(() => validatePluginManifest(plugin)).not.toThrow();
    expect(() => assertEveryProcedureDeclaresAccess(plugin.router)).not.toThrow();
  });

  describe.each(testEngines)(`${plugin.id}: migrations on %s`, (engine) => {
    let close: () => Promise<void>;
    let db: Awaited<ReturnType<typeof openDatabase>>["db"];
    beforeAll(async () => {
      const testDb = await createTestDatabase(engine);
      const database = await openDatabase(testDb.config);
      db = database.db;
      close = async () => {
        await database.close();
        await testDb.drop();
      };
      await migrateOwner(db, "core", coreMigrations);
    });
    afterAll(() => close());

    it("create only tables with the plugin's prefix, undo them all, and apply again", async () => {
      const core = await publicTables(db);
      await migratePlugin(db, plugin);
      const created = [...(await publicTables(db))].filter(
        (t) => !core.has(t) && !t.startsWith(`${plugin.id}_migrations`),
      );
      expect(created.length).toBeGreaterThan(0);
      for (const name of Object.keys(plugin.migrations).sort().reverse()) {
        const down = plugin.migrations[name]?.down;
        expect(down, `migration ${name} has no down()`).toBeDefined();
        await down!(db);
      }
      const left = [...(await publicTables(db))].filter(
        (t) => !core.has(t) && !t.startsWith(`${plugin.id}_migrations`),
      );
      expect(left).toEqual([]);
      await sql`drop table ${sql.table(`${plugin.id}_migrations`)}`.execute(db);
      await sql`drop table ${sql.table(`${plugin.id}_migrations_lock`)}`.execute(db);
      await migratePlugin(db, plugin);
      expect([...(await publicTables(db))].filter((t) => created.includes(t)).sort()).toEqual([...created].sort());
    });

    it("create every register's columns as the register declares them", async () => {
      const problems: string[] = [];
      for (const register of plugin.registers ?? []) {
        const columns = await sql<{ column_name: string; data_type: string; is_nullable: string }>`
          select column_name, data_type, is_nullable from information_schema.columns where table_schema = current_schema() and table_name = ${register.table}`.execute(
          db,
        );
        const actual = new Map(columns.rows.map((c) => [c.column_name, c]));
        if (actual.size === 0) problems.push(`${register.table}: no such table`);
        for (const [name, spec] of Object.entries(register.columns)) {
          const column = actual.get(name);
          if (!column) problems.push(`${register.table}.${name}: no column (declared ${spec.type})`);
          else if (column.data_type !== spec.type)
            problems.push(`${register.table}.${name}: ${column.data_type}, declared ${spec.type}`);
          else if ((column.is_nullable === "YES") !== spec.nullable)
            problems.push(
              `${register.table}.${name}: ${column.is_nullable === "YES" ? "may be empty" : "not null"}, declared ${spec.nullable ? "optional" : "required"}`,
            );
        }
      }
      expect(problems).toEqual([]);
    });
  });
}
