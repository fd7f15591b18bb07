import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { Kysely, PostgresDialect } from "kysely";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { CoreDatabase } from "../schema/CoreDatabase";

/** A cell of a COPY row: text, a number, or null. */
export type CopyValue = string | number | null;

/**
 * Streams rows into a table with COPY … FROM STDIN; returns how many were copied. Rows are arrays of values
 * (escaped here), or lines already in COPY's text format (tab-separated, `\N` for null) when the caller knows its
 * values need no escaping.
 */
export type CopyRows = (
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[] | string>,
) => Promise<number>;

const pools = new WeakMap<Kysely<CoreDatabase>, pg.Pool>();

/** Remembers the pool behind a PostgreSQL Kysely instance (openDatabase does it), for `bulkTransaction`. */
export function registerPool(db: Kysely<CoreDatabase>, pool: pg.Pool): void {
  pools.set(db, pool);
}

/** COPY's text format: backslash escapes for the characters it treats specially, \N for null. */
const special = /[\\\t\n\r]/;
function copyField(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  return special.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"))
    : value;
}

const identifier = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Tên không hợp lệ: ${name}`);
  return name;
};

/**
 * Runs `work` in one transaction with a Kysely bound to it and, on PostgreSQL, a COPY function on the same
 * connection (the fastest way to load many rows; triggers fire as for an INSERT). On PGlite `copy` is null and the
 * work uses ordinary statements. Commits when `work` resolves, rolls back when it throws.
 */
export async function bulkTransaction<T>(
  db: Kysely<CoreDatabase>,
  work: (trx: Kysely<CoreDatabase>, copy: CopyRows | null) => Promise<T>,
): Promise<T> {
  const pool = pools.get(db);
  if (!pool) return db.transaction().execute((trx) => work(trx, null));
  const client = await pool.connect();
  // Kysely over this one connection: every query of the work goes through the same transaction.
  const single = new Kysely<CoreDatabase>({
    dialect: new PostgresDialect({
      pool: { connect: async () => ({ query: client.query.bind(client), release: () => {} }), end: async () => {} },
    }),
  });
  const copy: CopyRows = async (table, columns, rows) => {
    const stream = client.query(
      copyFrom(`copy ${identifier(table)} (${columns.map(identifier).join(", ")}) from stdin`),
    );
    let count = 0;
    const lines = function* () {
      let buffer = "";
      for (const row of rows) {
        if (typeof row === "string") buffer += `${row}\n`;
        else {
          let line = copyField(row[0] ?? null);
          for (let i = 1; i < row.length; i++) line += `\t${copyField(row[i] ?? null)}`;
          buffer += `${line}\n`;
        }
        count++;
        if (buffer.length > 1 << 16) {
          yield buffer;
          buffer = "";
        }
      }
      if (buffer) yield buffer;
    };
    await pipeline(Readable.from(lines()), stream);
    return count;
  };
  try {
    await client.query("begin");
    const result = await work(single, copy);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
