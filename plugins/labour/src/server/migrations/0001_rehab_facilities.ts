import { createRegisterTable, type Kysely, sql } from "@pcmt/plugin-sdk";

export async function up(db: Kysely<unknown>): Promise<void> {
  await createRegisterTable(db, "labour_rehab_facilities", (table) =>
    table
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("ownership", "text", (c) => c.notNull().check(sql`ownership in ('public', 'private')`))
      .addColumn("capacity", "integer", (c) => c.notNull().check(sql`capacity >= 0`))
      .addColumn("residents", "integer", (c) => c.notNull().check(sql`residents >= 0`)),
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("labour_rehab_facilities").execute();
}
