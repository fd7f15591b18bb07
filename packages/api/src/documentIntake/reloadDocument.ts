import type { PluginAgencies } from "@pcmt/catalog";
import type { CoreDatabase, Kysely } from "@pcmt/db";
import { documentsOfRecord, replacementStart } from "../catalog/documentsOfRecord";
import { loadDocument } from "../catalog/loadCatalog";

/** Where a document sits in the catalog's order: its current place, or after every other. */
export async function documentPosition(db: Kysely<CoreDatabase>, slug: string): Promise<number> {
  const row = await db
    .selectFrom("catalog_documents")
    .select(({ fn, selectFrom }) => [
      selectFrom("catalog_documents as d").select("d.position").where("d.slug", "=", slug).as("own"),
      fn.max("position").as("last"),
    ])
    .executeTakeFirst();
  return row?.own ?? (row?.last ?? -1) + 1;
}

/** (Re)loads one document of record into the catalog tables, with its replacement applied. */
export async function reloadDocumentOfRecord(
  db: Kysely<CoreDatabase>,
  slug: string,
  plugins: PluginAgencies,
): Promise<void> {
  const records = await documentsOfRecord(db);
  const record = records.find((r) => r.document.slug === slug);
  if (!record) throw new Error(`Văn bản "${slug}" không có trong danh mục.`);
  await loadDocument(
    db,
    { ...record.document, replacedBy: record.replacedBy },
    await documentPosition(db, slug),
    plugins,
    record.sourceText,
    replacementStart(records, record),
    record.version,
    record.reportsFrom,
  );
}
