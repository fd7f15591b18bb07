import type { Migration } from "kysely";

/** Migrations of one owner (the core or a plugin), keyed by name; names sort in the order they run. */
export type MigrationSet = Record<string, Migration>;
