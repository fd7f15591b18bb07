import { defaultSessionPolicy, createAppRouter, installedPlugins, loadCatalog, migratePlatform } from "@pcmt/api";
import { type Database, openDatabase } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import { createCallerFactory, type RequestContext } from "@pcmt/plugin-sdk";
import { loadSyntheticDataset, type SyntheticDataset } from "@pcmt/synthetic";
import pg from "pg";
import pino from "pino";

export type Engine = "postgres" | "pglite";

/** The PostgreSQL server the benchmark creates its own database on (never the product's). */
const serverUrl = () => process.env.PCMT_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function ensurePostgresDatabase(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A database holding the synthetic dataset: on PostgreSQL a database of its own ("pcmt_bench_<scale>", kept
 * between runs so the national dataset loads once), on PGlite in memory. Migrated and loaded as the product does.
 */
export async function openBenchDatabase(
  engine: Engine,
  dataset: SyntheticDataset,
  onProgress: (line: string) => void,
): Promise<Database> {
  const database =
    engine === "postgres"
      ? await openDatabase({
          kind: "postgres",
          connectionString: await ensurePostgresDatabase(`pcmt_bench_${dataset.scale.name}`),
          poolSize: 4,
        })
      : await openDatabase({ kind: "pglite", dataDir: null });
  await migratePlatform(database.db, installedPlugins);
  await loadCatalog(database.db, installedPlugins);
  let last = 0;
  const result = await loadSyntheticDataset(database.db, dataset, installedPlugins, (p) => {
    const now = performance.now();
    if (now - last > 10_000 || p.done === p.total) {
      last = now;
      onProgress(`nạp ${p.phase}: ${p.done}/${p.total}`);
    }
  });
  onProgress(result.skipped ? `dữ liệu đã có sẵn (${result.values} giá trị)` : `đã nạp ${result.values} giá trị`);
  return database;
}

/** Calls procedures exactly as the web app's requests do (same router, same access checks), without HTTP. */
/** A request's context as the given user, without a session. */
export function benchContext(database: Database, actor: Actor): RequestContext {
  return {
    db: database.db,
    actor,
    requestId: crypto.randomUUID(),
    log: pino({ level: "silent" }),
    enabledPlugins: new Set(installedPlugins.map((p) => p.id)),
    session: { token: null, set() {}, clear() {} },
    clientIp: "127.0.0.1",
  };
}

export function createBenchCaller(database: Database, actor: Actor) {
  const router = createAppRouter({ plugins: installedPlugins, sessionPolicy: defaultSessionPolicy });
  const log = pino({ level: "silent" });
  const context = (): RequestContext => ({
    db: database.db,
    actor,
    requestId: crypto.randomUUID(),
    log,
    enabledPlugins: new Set(installedPlugins.map((p) => p.id)),
    session: { token: null, set() {}, clear() {} },
    clientIp: "127.0.0.1",
  });
  return () => createCallerFactory(router)(context());
}
