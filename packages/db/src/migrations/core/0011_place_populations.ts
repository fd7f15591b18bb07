import { type Kysely, sql } from "kysely";

/**
 * The resident population of a place in a year (from the statistics office): what a count of people in that place
 * cannot exceed, and what per-resident figures are computed against.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("place_populations")
    .addColumn("org_unit_code", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("population", "integer", (c) => c.notNull().check(sql`population > 0`))
    .addColumn("source", "text")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("place_populations_pkey", ["org_unit_code", "year"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("place_populations").execute();
}
