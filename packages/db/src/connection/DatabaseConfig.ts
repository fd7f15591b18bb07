/** Where the data lives: embedded PGlite in a folder (or in memory), or a PostgreSQL server. */
export type DatabaseConfig =
  { kind: "pglite"; dataDir: string | null } | { kind: "postgres"; connectionString: string; poolSize?: number };

export type DatabaseKind = DatabaseConfig["kind"];

/**
 * The rule of the product: DATABASE_URL means PostgreSQL; otherwise embedded PGlite persisted in
 * PCMT_DATA_DIR (default ./.data).
 */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", connectionString: url };
  const dataDir = env.PCMT_DATA_DIR?.trim() || "./.data";
  return { kind: "pglite", dataDir: `${dataDir.replace(/\/$/, "")}/pglite` };
}

/** A connection string with its password masked, for logs and messages. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return config.dataDir ? `PGlite (${config.dataDir})` : "PGlite (bộ nhớ)";
  try {
    const url = new URL(config.connectionString);
    if (url.password) url.password = "***";
    return `PostgreSQL (${url.toString()})`;
  } catch {
    return "PostgreSQL";
  }
}
