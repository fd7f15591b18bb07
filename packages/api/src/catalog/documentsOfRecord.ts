import { catalogDocuments, sourceText } from "@pcmt/catalog";
import type { CoreDatabase, Kysely } from "@pcmt/db";
import { CatalogDocument } from "@pcmt/domain";

/** A document as the catalog holds it: the repository's file or its latest publication, with its replacement. */
export interface DocumentOfRecord {
  document: CatalogDocument;
  sourceText: string;
  /** The publication loaded; null for the repository's own file. */
  version: number | null;
  /** Who replaced it, from the repository's file or marked in the web app (which wins). */
  replacedBy: string | null;
  /** Report periods due before this day are not owed through the platform; null for the repository's files. */
  reportsFrom: string | null;
}

/** A date column as its day (the driver may give a Date). */
const dayOf = (value: string | Date) =>
  typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** The latest publication of every published document. */
async function latestPublications(db: Kysely<CoreDatabase>) {
  return db
    .selectFrom("catalog_publications as p")
    .select(["p.slug", "p.version", "p.document", "p.source_text", "p.reports_from"])
    .where(({ eb, selectFrom }) =>
      eb(
        "p.version",
        "=",
        selectFrom("catalog_publications as later")
          .select(({ fn }) => fn.max("later.version").as("v"))
          .whereRef("later.slug", "=", "p.slug"),
      ),
    )
    .orderBy("p.published_at")
    .execute();
}

/**
 * Every document the catalog keeps as its own (not a loaded dataset's): the repository's files, each overlaid by
 * its latest publication when one was made in the web app, then the documents published there only; replacements
 * marked in the web app applied over the files' own.
 */
export async function documentsOfRecord(
  db: Kysely<CoreDatabase>,
  repository: readonly CatalogDocument[] = catalogDocuments,
): Promise<DocumentOfRecord[]> {
  const [published, replacements] = await Promise.all([
    latestPublications(db),
    db.selectFrom("catalog_replacements").select(["slug", "replaced_by"]).execute(),
  ]);
  const publishedOf = new Map(published.map((p) => [p.slug, p]));
  const replacedBy = new Map(replacements.map((r) => [r.slug, r.replaced_by]));
  const ofPublication = (p: (typeof published)[number]): DocumentOfRecord => {
    const document = CatalogDocument.parse(p.document);
    return {
      document,
      sourceText: p.source_text,
      version: p.version,
      replacedBy: replacedBy.get(p.slug) ?? document.replacedBy,
      reportsFrom: p.reports_from === null ? null : dayOf(p.reports_from),
    };
  };
  const records = repository.map((doc): DocumentOfRecord => {
    const publication = publishedOf.get(doc.slug);
    if (publication) return ofPublication(publication);
    return {
      document: doc,
      sourceText: sourceText(doc),
      version: null,
      replacedBy: replacedBy.get(doc.slug) ?? doc.replacedBy,
      reportsFrom: null,
    };
  });
  const inRepository = new Set(repository.map((d) => d.slug));
  for (const p of published) if (!inRepository.has(p.slug)) records.push(ofPublication(p));
  return records;
}

/** When a replaced document ends: the day its replacement begins (its own start, else the day it was issued). */
export function replacementStart(records: readonly DocumentOfRecord[], record: DocumentOfRecord): string | null {
  if (!record.replacedBy) return null;
  const replacement = records.find((r) => r.document.slug === record.replacedBy);
  if (!replacement)
    throw new Error(
      `Văn bản "${record.document.slug}" được thay thế bởi "${record.replacedBy}" nhưng danh mục không có văn bản này.`,
    );
  return replacement.document.covers.from ?? replacement.document.issuedOn ?? null;
}
