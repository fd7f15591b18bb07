import { type Kysely, sql } from "kysely";

/**
 * What a value carries besides its number: the period it was copied from while the officer has not confirmed it,
 * and the warnings it raised when saved (far from the place's history or from the province's places). Only values
 * with something to say have a row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("data_value_notes")
    .addColumn("province_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("data_element_id", "text", (c) => c.notNull())
    .addColumn("org_unit_code", "text", (c) => c.notNull())
    .addColumn("copied_from", "text")
    .addColumn("warnings", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("data_value_notes_pkey", ["province_code", "period", "data_element_id", "org_unit_code"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("data_value_notes").execute();
}
