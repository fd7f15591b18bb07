import { type Kysely, sql } from "kysely";

/** Periodic reports of agencies, their items, submitted versions, evidence files and data values. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("reports")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("agency_code", "text", (c) => c.notNull())
    .addColumn("province_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("due_date", "date", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ('draft', 'submitted', 'accepted', 'returned')`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("first_submitted_at", "timestamptz")
    .addColumn("last_submitted_at", "timestamptz")
    .addColumn("reviewed_at", "timestamptz")
    .addColumn("reviewed_by", "uuid")
    .addColumn("return_reason", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("reports_agency_period_uq", ["agency_code", "province_code", "period"])
    .execute();
  await db.schema
    .createIndex("reports_province_period_idx")
    .on("reports")
    .columns(["province_code", "period"])
    .execute();

  await db.schema
    .createTable("report_items")
    .addColumn("report_id", "uuid", (c) => c.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("task_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('not_started', 'in_progress', 'done')`))
    .addColumn("narrative", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("report_items_pk", ["report_id", "task_id"])
    .execute();

  await db.schema
    .createTable("report_versions")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("report_id", "uuid", (c) => c.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull())
    .addColumn("submitted_by", "uuid")
    .addColumn("snapshot", "jsonb", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("report_evidence")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("report_id", "uuid", (c) => c.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("task_id", "text")
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("storage", "text", (c) => c.notNull().check(sql`storage in ('database', 'directory')`))
    .addColumn("content", "bytea")
    .addColumn("uploaded_by", "uuid")
    .addColumn("uploaded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("data_values")
    .addColumn("data_element_id", "text", (c) => c.notNull())
    .addColumn("org_unit_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("agency_code", "text", (c) => c.notNull())
    .addColumn("province_code", "text", (c) => c.notNull())
    .addColumn("entered_by", "uuid")
    .addColumn("entered_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("data_values_pk", ["data_element_id", "org_unit_code", "period"])
    .execute();
  await db.schema
    .createIndex("data_values_province_period_idx")
    .on("data_values")
    .columns(["province_code", "period"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["data_values", "report_evidence", "report_versions", "report_items", "reports"]) {
    await db.schema.dropTable(table).execute();
  }
}
