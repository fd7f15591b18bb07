import { createRegisterTable, type Kysely, sql } from "@pcmt/plugin-sdk";

export async function up(db: Kysely<unknown>): Promise<void> {
  await createRegisterTable(db, "health_methadone_clinics", (table) =>
    table
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("address", "text", (c) => c.notNull())
      .addColumn("capacity", "integer", (c) => c.notNull().check(sql`capacity >= 0`))
      .addColumn("patients", "integer", (c) => c.notNull().check(sql`patients >= 0`)),
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("health_methadone_clinics").execute();
}
