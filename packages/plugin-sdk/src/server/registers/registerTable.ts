import { type CreateTableBuilder, type Kysely, sql } from "kysely";

/**
 * Creates a register table (sổ theo dõi: clinics, facilities, hotspots, firms, crop sites…) with the columns every
 * register shares — owner agency and province, who created it, timestamps and a version for safe concurrent
 * edits — plus the plugin's own columns. Use in a plugin migration:
 *
 *   await createRegisterTable(db, "health_methadone_clinics", (t) => t.addColumn("name", "text", (c) => c.notNull()));
 */
export async function createRegisterTable(
  db: Kysely<unknown>,
  table: string,
  addColumns: (builder: CreateTableBuilder<string, never>) => CreateTableBuilder<string, never>,
): Promise<void> {
  let builder = db.schema
    .createTable(table)
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("agency_code", "text", (c) => c.notNull())
    .addColumn("province_code", "text", (c) => c.notNull())
    .addColumn("created_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1));
  builder = addColumns(builder);
  await builder.execute();
  await db.schema.createIndex(`${table}_owner_idx`).on(table).columns(["province_code", "agency_code"]).execute();
}
