import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import type { CoreDatabase } from "../schema/CoreDatabase";
import type { DatabaseConfig, DatabaseKind } from "./DatabaseConfig";
import { registerPool } from "./bulkTransaction";
import { lockDataDir } from "./dataDirLock";

export interface Database {
  db: Kysely<CoreDatabase>;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** The embedded database's whole data folder as a gzipped tar (PGlite's own dump); absent on PostgreSQL. */
  dumpDataDir?: () => Promise<Blob>;
}

/**
 * Fills an empty folder with an embedded database dumped by `dumpDataDir`, under the folder's lock (a server or
 * another command using it is refused).
 */
export async function restoreDataDir(dataDir: string, dump: Blob): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const pglite = new PGlite(dataDir, { loadDataDir: dump });
    await pglite.waitReady;
    await pglite.close();
  } finally {
    unlock();
  }
}

// Calendar dates (a deadline, a report period) stay "YYYY-MM-DD" strings on both engines: turning them into
// Date objects would shift them by the server's time zone. numeric becomes a JS number for sums and ratios;
// int8 (bigserial ids, counts) stays a string, which is exact.
const DATE_OID = 1082;
const NUMERIC_OID = 1700;
const keepText = (value: string) => value;
const toNumber = (value: string) => Number.parseFloat(value);
pg.types.setTypeParser(DATE_OID, keepText);
pg.types.setTypeParser(NUMERIC_OID, toNumber);

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.connectionString, max: config.poolSize ?? 10 });
    // An idle connection that PostgreSQL ends (a restart, an administrator's command, a dropped test database) must
    // not take the process down: the pool discards it and opens another for the next query.
    pool.on("error", (error) =>
      console.warn(`PostgreSQL: an idle connection ended (${error.message}); the pool replaces it.`),
    );
    // Fail fast with a clear message rather than on the first request.
    const client = await pool.connect();
    client.release();
    const db = new Kysely<CoreDatabase>({ dialect: new PostgresDialect({ pool }) });
    registerPool(db, pool);
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  let unlock = () => {};
  if (config.dataDir) {
    mkdirSync(config.dataDir, { recursive: true });
    unlock = lockDataDir(config.dataDir);
  }
  try {
    const options = { parsers: { [DATE_OID]: keepText, [NUMERIC_OID]: toNumber } };
    const pglite = config.dataDir ? new PGlite(config.dataDir, options) : new PGlite(options);
    await pglite.waitReady;
    const db = new Kysely<CoreDatabase>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      kind: "pglite",
      dumpDataDir: () => pglite.dumpDataDir("gzip"),
      close: async () => {
        await db.destroy();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
