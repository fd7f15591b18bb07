import { type Kysely, sql } from "kysely";

/**
 * Documents brought in through the web app: a draft read from an uploaded or pasted text, reviewed beside its
 * source (`document_drafts`); each publication of a document is a version kept whole, with its source file, who
 * published it and when (`catalog_publications`); a document marked replaced by another (`catalog_replacements`).
 * The catalog tables stay what the product reads: a publication is loaded into them like a repository document,
 * and `loaded_at` tells the readers that keep reference data that the catalog changed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("document_drafts")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("province_code", "text", (c) => c.notNull())
    // The document this draft is a new version of; null for a new document.
    .addColumn("base_slug", "text")
    .addColumn("source_file_name", "text", (c) => c.notNull())
    .addColumn("source_via", "text", (c) => c.notNull())
    .addColumn("source_sha256", "text", (c) => c.notNull())
    .addColumn("source_bytes", "bytea", (c) => c.notNull())
    .addColumn("source_text", "text", (c) => c.notNull())
    .addColumn("state", "jsonb", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("open")
        .check(sql`status in ('open', 'published', 'discarded')`),
    )
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_by", "uuid", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_by", "uuid")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("published_slug", "text")
    .addColumn("published_version", "integer")
    .execute();
  await db.schema
    .createIndex("document_drafts_province_idx")
    .on("document_drafts")
    .columns(["province_code", "status", "updated_at"])
    .execute();
  await db.schema
    .createTable("catalog_publications")
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("province_code", "text", (c) => c.notNull())
    .addColumn("draft_id", "uuid")
    .addColumn("document", "jsonb", (c) => c.notNull())
    .addColumn("source_file_name", "text", (c) => c.notNull())
    .addColumn("source_sha256", "text", (c) => c.notNull())
    .addColumn("source_bytes", "bytea", (c) => c.notNull())
    .addColumn("source_text", "text", (c) => c.notNull())
    .addColumn("changes", "jsonb")
    // Report periods due before this day are not owed through the platform: the document was not in it yet.
    .addColumn("reports_from", "date")
    .addColumn("published_by", "uuid", (c) => c.notNull())
    .addColumn("published_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("catalog_publications_pkey", ["slug", "version"])
    .execute();
  await db.schema
    .createTable("catalog_replacements")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("replaced_by", "text", (c) => c.notNull())
    .addColumn("marked_by", "uuid", (c) => c.notNull())
    .addColumn("marked_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .alterTable("catalog_documents")
    .addColumn("loaded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer")
    .addColumn("reports_from", "date")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("catalog_documents")
    .dropColumn("loaded_at")
    .dropColumn("version")
    .dropColumn("reports_from")
    .execute();
  await db.schema.dropTable("catalog_replacements").execute();
  await db.schema.dropTable("catalog_publications").execute();
  await db.schema.dropTable("document_drafts").execute();
}
