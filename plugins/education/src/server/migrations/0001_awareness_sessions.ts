import { createRegisterTable, type Kysely, sql } from "@pcmt/plugin-sdk";

export async function up(db: Kysely<unknown>): Promise<void> {
  await createRegisterTable(db, "education_awareness_sessions", (table) =>
    table
      .addColumn("school", "text", (c) => c.notNull())
      .addColumn("topic", "text", (c) => c.notNull())
      .addColumn("held_on", "date", (c) => c.notNull())
      .addColumn("participants", "integer", (c) => c.notNull().check(sql`participants >= 0`)),
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("education_awareness_sessions").execute();
}
