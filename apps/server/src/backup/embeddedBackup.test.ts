import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installedPlugins, loadCatalog, migratePlatform } from "@pcmt/api";
import { openDatabase } from "@pcmt/db";
import { afterAll, describe, expect, it } from "vitest";
import { seedDemoReports } from "../demo/seedDemoReports";
import { backupEmbedded, databaseCounts, RestoreError, restoreEmbedded } from "./embeddedBackup";

describe("backup and restore of the embedded database", () => {
  const root = mkdtempSync(join(tmpdir(), "pcmt-backup-test-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  // (A backup while the server runs is refused by the folder's lock: tested in packages/db's dataDirLock.test.)
  it("restores into an empty folder the same counts, totals and evidence files, and refuses a folder that is not empty", async () => {
    const dataDir = join(root, "data", "pglite");
    const evidenceDir = join(root, "data", "evidence");
    const database = await openDatabase({ kind: "pglite", dataDir });
    await migratePlatform(database.db, installedPlugins);
    await loadCatalog(database.db, installedPlugins);
    await seedDemoReports(database.db, "2025-03-01");
    const before = await databaseCounts(database.db);
    await database.close();
    mkdirSync(evidenceDir, { recursive: true });
    writeFileSync(join(evidenceDir, "ab12"), "biên bản kiểm tra");

    const out = join(root, "pcmt-backup.tar.gz");
    const manifest = await backupEmbedded({ dataDir, evidenceDir, out });
    expect(manifest.counts.reports).toBeGreaterThan(50);
    expect(manifest).toMatchObject({ counts: before.counts, valueTotal: before.valueTotal, evidenceFiles: 1 });

    const target = join(root, "restored", "pglite");
    const targetEvidence = join(root, "restored", "evidence");
    await restoreEmbedded({ file: out, dataDir: target, evidenceDir: targetEvidence });
    const restored = await openDatabase({ kind: "pglite", dataDir: target });
    expect(await databaseCounts(restored.db)).toEqual(before);
    await restored.close();
    expect(readFileSync(join(targetEvidence, "ab12"), "utf8")).toBe("biên bản kiểm tra");

    await expect(restoreEmbedded({ file: out, dataDir: target, evidenceDir: targetEvidence })).rejects.toBeInstanceOf(
      RestoreError,
    );
    writeFileSync(join(root, "not-a-backup.tar.gz"), "x");
    await expect(
      restoreEmbedded({ file: join(root, "not-a-backup.tar.gz"), dataDir: join(root, "other"), evidenceDir: null }),
    ).rejects.toThrow();
  }, 120_000);
});
