import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import type { CoreDatabase } from "../schema/CoreDatabase";
import type { DatabaseConfig, DatabaseKind } from "./DatabaseConfig";

export interface Database {
  db: Kysely<CoreDatabase>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

// PostgreSQL returns bigint (int8) as text by default; counts and bigserial ids fit in a JS number here
// only for ids we keep as strings, so leave int8 alone and parse numeric for sums.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.connectionString, max: config.poolSize ?? 10 });
    // Fail fast with a clear message rather than on the first request.
    const client = await pool.connect();
    client.release();
    const db = new Kysely<CoreDatabase>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
  const pglite = config.dataDir ? new PGlite(config.dataDir) : new PGlite();
  await pglite.waitReady;
  const db = new Kysely<CoreDatabase>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: "pglite", close: () => db.destroy() };
}
