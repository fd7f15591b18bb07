import { randomBytes } from "node:crypto";
import pg from "pg";

/** Every API suite runs on both engines the product supports. */
export const testEngines = ["pglite", "postgres"] as const;
export type TestEngine = (typeof testEngines)[number];

/** Same shape as @pcmt/db's DatabaseConfig (kept structural so this package does not depend on db). */
export type TestDatabaseConfig =
  { kind: "pglite"; dataDir: null } | { kind: "postgres"; connectionString: string; poolSize?: number };

export interface TestDatabase {
  config: TestDatabaseConfig;
  /** Drops the database made for this run (PostgreSQL); nothing to do for in-memory PGlite. */
  drop(): Promise<void>;
}

/** The PostgreSQL server of the development and CI machines; override with PCMT_TEST_PG_URL. */
export const testServerUrl = process.env.PCMT_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * A fresh, empty database: in-memory PGlite, or a new database on the PostgreSQL test server that is dropped
 * afterwards. PostgreSQL being down is an error, not a skip: a suite that silently skips proves nothing.
 */
export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  if (engine === "pglite") return { config: { kind: "pglite", dataDir: null }, drop: async () => {} };

  const name = `pcmt_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: testServerUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL test server not reachable at ${testServerUrl} (${(error as Error).message}). ` +
        "Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
    );
  }
  await admin.query(`create database "${name}"`);
  await admin.end();

  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: "postgres", connectionString: url.toString(), poolSize: 4 },
    drop: async () => {
      const client = new pg.Client({ connectionString: testServerUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}
