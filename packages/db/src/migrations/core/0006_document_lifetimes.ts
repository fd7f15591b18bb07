import type { Kysely } from "kysely";

/**
 * Documents govern a period (covers_from → covers_until, null when open; a replacing document ends the one it
 * replaces), and indicators say which data element measures them when they are not a ratio, and the share of
 * places that must report before they are evaluated.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("catalog_documents")
    .addColumn("covers_from", "date")
    .addColumn("covers_until", "date")
    .addColumn("replaced_by", "text")
    .execute();
  await db.schema
    .alterTable("catalog_indicators")
    .addColumn("element", "text")
    .addColumn("min_completeness", "double precision")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("catalog_indicators").dropColumn("element").dropColumn("min_completeness").execute();
  await db.schema
    .alterTable("catalog_documents")
    .dropColumn("covers_from")
    .dropColumn("covers_until")
    .dropColumn("replaced_by")
    .execute();
}
