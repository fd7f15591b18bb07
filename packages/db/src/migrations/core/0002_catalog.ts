import { type Kysely, sql } from "kysely";

/** The plan catalog: documents, their structure, tasks with lead/coordinating agencies, indicators, places. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("agencies")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("plugin_id", "text")
    .execute();
  await db.schema
    .createTable("agency_names")
    .addColumn("agency_code", "text", (c) => c.notNull().references("agencies.code").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("valid_from", "date")
    .addColumn("valid_to", "date")
    .execute();
  await db.schema
    .createTable("agency_successions")
    .addColumn("from_code", "text", (c) => c.notNull().references("agencies.code").onDelete("cascade"))
    .addColumn("to_code", "text", (c) => c.notNull().references("agencies.code").onDelete("cascade"))
    .addColumn("function", "text", (c) => c.notNull())
    .addColumn("effective_on", "date", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("org_units")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull().check(sql`level in ('province', 'district', 'commune')`))
    .addColumn("parent_code", "text")
    .addColumn("province_code", "text", (c) => c.notNull())
    .addColumn("valid_from", "date")
    .addColumn("valid_to", "date")
    .addColumn("note", "text")
    .execute();
  await db.schema.createIndex("org_units_parent_idx").on("org_units").column("parent_code").execute();
  await db.schema
    .createTable("org_unit_successors")
    .addColumn("from_code", "text", (c) => c.notNull().references("org_units.code").onDelete("cascade"))
    .addColumn("to_code", "text", (c) => c.notNull().references("org_units.code").onDelete("cascade"))
    .addPrimaryKeyConstraint("org_unit_successors_pk", ["from_code", "to_code"])
    .execute();

  await db.schema
    .createTable("catalog_documents")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("number", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("issuer", "text", (c) => c.notNull())
    .addColumn("province", "text", (c) => c.notNull())
    .addColumn("issued_on", "date")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("source_file", "text", (c) => c.notNull())
    .addColumn("source_text", "text", (c) => c.notNull())
    .addColumn("reporting", "jsonb")
    .execute();
  await db.schema
    .createTable("catalog_sections")
    .addColumn("document_slug", "text", (c) => c.notNull().references("catalog_documents.slug").onDelete("cascade"))
    .addColumn("ref", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("parent_ref", "text")
    .addPrimaryKeyConstraint("catalog_sections_pk", ["document_slug", "ref"])
    .execute();
  await db.schema
    .createTable("catalog_tasks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_slug", "text", (c) => c.notNull().references("catalog_documents.slug").onDelete("cascade"))
    .addColumn("ref", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("section_ref", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("is_general", "boolean", (c) => c.notNull())
    .addColumn("owner_plugin", "text")
    .addColumn("deadline", "jsonb")
    .addColumn("deadline_text", "text")
    .addColumn("deadline_kind", "text")
    .execute();
  await db.schema
    .createIndex("catalog_tasks_document_idx")
    .on("catalog_tasks")
    .columns(["document_slug", "position"])
    .execute();
  await db.schema
    .createTable("catalog_task_agencies")
    .addColumn("task_id", "text", (c) => c.notNull().references("catalog_tasks.id").onDelete("cascade"))
    .addColumn("agency_code", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('lead', 'coordinating')`))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("catalog_task_agencies_pk", ["task_id", "agency_code", "role"])
    .execute();
  await db.schema
    .createIndex("catalog_task_agencies_agency_idx")
    .on("catalog_task_agencies")
    .columns(["agency_code", "role"])
    .execute();
  await db.schema
    .createTable("catalog_indicators")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_slug", "text", (c) => c.notNull().references("catalog_documents.slug").onDelete("cascade"))
    .addColumn("ref", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("agency_code", "text")
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("comparator", "text", (c) => c.notNull())
    .addColumn("target", "double precision", (c) => c.notNull())
    .addColumn("baseline", "jsonb")
    .addColumn("due", "text")
    .addColumn("aggregation", "text", (c) => c.notNull())
    .addColumn("numerator", "text")
    .addColumn("denominator", "text")
    .execute();
  await db.schema
    .createTable("catalog_task_indicators")
    .addColumn("task_id", "text", (c) => c.notNull().references("catalog_tasks.id").onDelete("cascade"))
    .addColumn("indicator_id", "text", (c) => c.notNull().references("catalog_indicators.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("catalog_task_indicators_pk", ["task_id", "indicator_id"])
    .execute();
  await db.schema
    .createTable("catalog_data_elements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_slug", "text", (c) => c.notNull().references("catalog_documents.slug").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("agency_code", "text")
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("aggregation", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("catalog_facts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_slug", "text", (c) => c.notNull().references("catalog_documents.slug").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("as_of", "text")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "catalog_facts",
    "catalog_data_elements",
    "catalog_task_indicators",
    "catalog_indicators",
    "catalog_task_agencies",
    "catalog_tasks",
    "catalog_sections",
    "catalog_documents",
    "org_unit_successors",
    "org_units",
    "agency_successions",
    "agency_names",
    "agencies",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
