import type { Kysely, Migration } from "kysely";

/** Migrations of one owner (the core or a plugin), keyed by name; names sort in the order they run. */
export type MigrationSet = Record<string, Migration>;

/** A database of any schema: what migrations and the migrator work on (Kysely's own convention). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKysely = Kysely<any>;
