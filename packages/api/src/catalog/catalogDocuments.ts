import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type DeadlineRule, describeDeadline } from "@pcmt/domain";
import { TRPCError } from "@pcmt/plugin-sdk";
import { indicatorColumns } from "./catalogIndicators";
import { loadTasks } from "./loadTasks";

/** The catalog's documents in order, each with how many tasks (general ones apart) and indicators it holds. */
export async function listDocuments(db: Kysely<CoreDatabase>) {
  const docs = await db
    .selectFrom("catalog_documents")
    .select([
      "slug",
      "number",
      "kind",
      "issuer",
      "province",
      "province_code as provinceCode",
      "issued_on as issuedOn",
      "title",
      "covers_from as coversFrom",
      "covers_until as coversUntil",
    ])
    .orderBy("position")
    .execute();
  const counts = await db
    .selectFrom("catalog_tasks")
    .select(["document_slug", "is_general", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy(["document_slug", "is_general"])
    .execute();
  const indicatorCounts = await db
    .selectFrom("catalog_indicators")
    .select(["document_slug", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("document_slug")
    .execute();
  return docs.map((d) => ({
    ...d,
    tasks: Number(counts.find((c) => c.document_slug === d.slug && !c.is_general)?.n ?? 0),
    generalTasks: Number(counts.find((c) => c.document_slug === d.slug && c.is_general)?.n ?? 0),
    indicators: Number(indicatorCounts.find((c) => c.document_slug === d.slug)?.n ?? 0),
  }));
}

/** One document whole: its reporting rule, sections, tasks, indicators, data elements and facts. */
export async function readDocument(db: Kysely<CoreDatabase>, slug: string) {
  const doc = await db.selectFrom("catalog_documents").selectAll().where("slug", "=", slug).executeTakeFirst();
  if (!doc) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy văn bản." });
  const [sections, tasks, indicators, dataElements, facts, publication] = await Promise.all([
    db
      .selectFrom("catalog_sections")
      .select(["ref", "title", "parent_ref as parent"])
      .where("document_slug", "=", slug)
      .orderBy("position")
      .execute(),
    loadTasks(db, { documentSlug: slug }),
    db
      .selectFrom("catalog_indicators")
      .select(indicatorColumns)
      .where("document_slug", "=", slug)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("catalog_data_elements")
      .select(["code", "name", "text", "agency_code as agency", "unit", "aggregation"])
      .where("document_slug", "=", slug)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("catalog_facts")
      .select(["id", "name", "text", "value", "unit", "as_of as asOf"])
      .where("document_slug", "=", slug)
      .orderBy("position")
      .execute(),
    // The version in use, when it was published in the web app: who, when, from which file.
    doc.version === null
      ? Promise.resolve(undefined)
      : db
          .selectFrom("catalog_publications as p")
          .leftJoin("users as u", "u.id", "p.published_by")
          .select(["p.version", "p.published_at", "p.source_file_name", "u.display_name"])
          .where("p.slug", "=", slug)
          .where("p.version", "=", doc.version)
          .executeTakeFirst(),
  ]);
  const reporting = doc.reporting as { text: string; rule: DeadlineRule } | null;
  return {
    slug: doc.slug,
    number: doc.number,
    kind: doc.kind,
    issuer: doc.issuer,
    province: doc.province,
    issuedOn: doc.issued_on,
    title: doc.title,
    sourceText: doc.source_text,
    reporting: reporting ? { ...reporting, label: describeDeadline(reporting.rule) } : null,
    sections,
    tasks,
    indicators,
    dataElements,
    facts,
    publication: publication
      ? {
          version: publication.version,
          publishedAt: new Date(publication.published_at).toISOString(),
          publishedBy: publication.display_name,
          sourceFileName: publication.source_file_name,
        }
      : null,
    replacedBy: doc.replaced_by,
  };
}
