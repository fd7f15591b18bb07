import { createRegisterTable, type Kysely } from "@pcmt/plugin-sdk";

export async function up(db: Kysely<unknown>): Promise<void> {
  await createRegisterTable(db, "customs_precursor_firms", (table) =>
    table
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("tax_code", "text", (c) => c.notNull())
      .addColumn("precursors", "text", (c) => c.notNull())
      .addColumn("last_inspected_on", "date"),
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("customs_precursor_firms").execute();
}
