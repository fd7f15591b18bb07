import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, restoreDataDir, sql } from "@pcmt/db";
import * as tar from "tar";

/** What a backup holds, written beside the database inside the archive. */
export interface BackupManifest {
  format: "pcmt-embedded-backup";
  version: 1;
  createdAt: string;
  /** Row counts of the main tables and the sum of all values, to check a restore against. */
  counts: Record<string, number>;
  valueTotal: number;
  evidenceFiles: number;
}

const countedTables = [
  "users",
  "reports",
  "report_items",
  "data_values",
  "data_value_totals",
  "audit_log",
  "report_evidence",
  "catalog_documents",
  "org_units",
] as const;

/** The counts a backup records and a restore is checked against. */
export async function databaseCounts(
  db: Awaited<ReturnType<typeof openDatabase>>["db"],
): Promise<{ counts: Record<string, number>; valueTotal: number }> {
  const counts: Record<string, number> = {};
  for (const table of countedTables) {
    const row = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(row.rows[0]?.n ?? 0);
  }
  const total = await sql<{ t: number | null }>`select coalesce(sum(value), 0) as t from data_values`.execute(db);
  return { counts, valueTotal: Number(total.rows[0]?.t ?? 0) };
}

/**
 * Backs up the embedded database (PGlite's dump of its data folder) and its evidence files into one .tar.gz, with a
 * manifest of counts. The folder's lock refuses this while the server runs: stop it first.
 */
export async function backupEmbedded(options: {
  dataDir: string;
  evidenceDir: string | null;
  out: string;
}): Promise<BackupManifest> {
  const database = await openDatabase({ kind: "pglite", dataDir: options.dataDir });
  const staging = mkdtempSync(join(tmpdir(), "pcmt-backup-"));
  try {
    const { counts, valueTotal } = await databaseCounts(database.db);
    const dump = await database.dumpDataDir!();
    writeFileSync(join(staging, "pglite.tar.gz"), Buffer.from(await dump.arrayBuffer()));
    let evidenceFiles = 0;
    if (options.evidenceDir && existsSync(options.evidenceDir)) {
      cpSync(options.evidenceDir, join(staging, "evidence"), { recursive: true });
      evidenceFiles = readdirSync(join(staging, "evidence"), { recursive: true }).length;
    }
    const manifest: BackupManifest = {
      format: "pcmt-embedded-backup",
      version: 1,
      createdAt: new Date().toISOString(),
      counts,
      valueTotal,
      evidenceFiles,
    };
    writeFileSync(join(staging, "manifest.json"), JSON.stringify(manifest, null, 2));
    await tar.create({ gzip: true, file: options.out, cwd: staging, portable: true }, readdirSync(staging));
    return manifest;
  } finally {
    await database.close();
    rmSync(staging, { recursive: true, force: true });
  }
}

export class RestoreError extends Error {}

/**
 * Restores a backup into an empty data folder (and evidence folder): refuses a folder that already holds a
 * database, and checks the restored counts against the backup's manifest.
 */
export async function restoreEmbedded(options: {
  file: string;
  dataDir: string;
  evidenceDir: string | null;
}): Promise<BackupManifest> {
  if (existsSync(options.dataDir) && readdirSync(options.dataDir).length > 0) {
    throw new RestoreError(
      `Thư mục ${options.dataDir} đã có dữ liệu: chỉ khôi phục vào thư mục trống (đổi PCMT_DATA_DIR hoặc chuyển thư mục cũ đi).`,
    );
  }
  const staging = mkdtempSync(join(tmpdir(), "pcmt-restore-"));
  try {
    await tar.extract({ file: options.file, cwd: staging });
    const manifestPath = join(staging, "manifest.json");
    if (!existsSync(manifestPath) || !existsSync(join(staging, "pglite.tar.gz")))
      throw new RestoreError("Tệp không phải bản sao lưu của PCMT (thiếu manifest.json hoặc pglite.tar.gz).");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as BackupManifest;
    if (manifest.format !== "pcmt-embedded-backup")
      throw new RestoreError("Tệp không phải bản sao lưu CSDL nhúng của PCMT.");
    await restoreDataDir(options.dataDir, new Blob([readFileSync(join(staging, "pglite.tar.gz"))]));
    if (options.evidenceDir && existsSync(join(staging, "evidence"))) {
      mkdirSync(options.evidenceDir, { recursive: true });
      cpSync(join(staging, "evidence"), options.evidenceDir, { recursive: true });
    }
    const database = await openDatabase({ kind: "pglite", dataDir: options.dataDir });
    try {
      const restored = await databaseCounts(database.db);
      const differs = Object.entries(manifest.counts).filter(([table, n]) => restored.counts[table] !== n);
      if (differs.length > 0 || Math.abs(restored.valueTotal - manifest.valueTotal) > 1e-6) {
        throw new RestoreError(
          `Dữ liệu khôi phục không khớp bản sao lưu: ${differs.map(([t, n]) => `${t} ${restored.counts[t]} ≠ ${n}`).join(", ") || "tổng giá trị khác"}.`,
        );
      }
    } finally {
      await database.close();
    }
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
