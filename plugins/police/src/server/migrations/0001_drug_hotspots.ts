import { createRegisterTable, type Kysely, sql } from "@pcmt/plugin-sdk";

export async function up(db: Kysely<unknown>): Promise<void> {
  await createRegisterTable(db, "police_drug_hotspots", (table) =>
    table
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("locality", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('active', 'eliminated')`))
      .addColumn("discovered_on", "date", (c) => c.notNull()),
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("police_drug_hotspots").execute();
}
