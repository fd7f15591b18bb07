import { createRegisterTable, type Kysely, sql } from "@pcmt/plugin-sdk";

export async function up(db: Kysely<unknown>): Promise<void> {
  await createRegisterTable(db, "agriculture_crop_sites", (table) =>
    table
      .addColumn("locality", "text", (c) => c.notNull())
      .addColumn("plant", "text", (c) => c.notNull())
      .addColumn("area_m2", "double precision", (c) => c.notNull().check(sql`area_m2 > 0`))
      .addColumn("discovered_on", "date", (c) => c.notNull())
      .addColumn("destroyed", "boolean", (c) => c.notNull().defaultTo(false)),
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("agriculture_crop_sites").execute();
}
