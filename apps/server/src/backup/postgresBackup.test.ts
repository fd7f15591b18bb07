import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installedPlugins, loadCatalog, migratePlatform } from "@pcmt/api";
import { openDatabase } from "@pcmt/db";
import { createTestDatabase } from "@pcmt/testing";
import { describe, expect, it } from "vitest";
import { seedDemoReports } from "../demo/seedDemoReports";
import { databaseCounts } from "./embeddedBackup";

/**
 * The documented way to back up a PostgreSQL deployment (docs/security.md, `pnpm pcmt backup` says it):
 * `pg_dump --format=custom`, then `pg_restore --no-owner` into an empty database — the same counts and totals, the
 * totals' triggers included (a value written after the restore still moves the totals).
 */
describe("backup and restore of a PostgreSQL database with pg_dump / pg_restore", () => {
  it("restores the same counts and totals into an empty database", async () => {
    const source = await createTestDatabase("postgres");
    const target = await createTestDatabase("postgres");
    const folder = mkdtempSync(join(tmpdir(), "pcmt-pgdump-"));
    try {
      const url = (source.config as { connectionString: string }).connectionString;
      const targetUrl = (target.config as { connectionString: string }).connectionString;
      const database = await openDatabase(source.config);
      await migratePlatform(database.db, installedPlugins);
      await loadCatalog(database.db, installedPlugins);
      await seedDemoReports(database.db, "2024-09-01");
      const before = await databaseCounts(database.db);
      await database.close();
      const dump = join(folder, "pcmt.dump");
      execFileSync("pg_dump", ["--format=custom", `--file=${dump}`, url]);
      execFileSync("pg_restore", ["--no-owner", `--dbname=${targetUrl}`, dump]);
      const restored = await openDatabase(target.config);
      expect(await databaseCounts(restored.db)).toEqual(before);
      expect(before.counts.reports).toBeGreaterThan(20);
      // The totals are still kept by the database's triggers after the restore.
      const [row] = await restored.db
        .selectFrom("data_values")
        .select(["data_element_id", "province_code", "period", "org_unit_code", "value"])
        .limit(1)
        .execute();
      await restored.db
        .updateTable("data_values")
        .set({ value: row!.value + 5 })
        .where("data_element_id", "=", row!.data_element_id)
        .where("org_unit_code", "=", row!.org_unit_code)
        .where("period", "=", row!.period)
        .execute();
      const totals = await restored.db
        .selectFrom("data_value_totals")
        .select("total")
        .where("data_element_id", "=", row!.data_element_id)
        .where("province_code", "=", row!.province_code)
        .where("period", "=", row!.period)
        .executeTakeFirstOrThrow();
      const sum = await restored.db
        .selectFrom("data_values")
        .select((eb) => eb.fn.sum<number>("value").as("s"))
        .where("data_element_id", "=", row!.data_element_id)
        .where("province_code", "=", row!.province_code)
        .where("period", "=", row!.period)
        .executeTakeFirstOrThrow();
      expect(Number(totals.total)).toBe(Number(sum.s));
      await restored.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
      await source.drop();
      await target.drop();
    }
  }, 180_000);
});
