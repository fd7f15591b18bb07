import type { CoreDatabase, Kysely } from "@pcmt/db";
import { TRPCError } from "@pcmt/plugin-sdk";
import { loadTasks } from "./loadTasks";

/** The columns an indicator is read with, wherever the catalog shows one (its document, its agency, itself). */
export const indicatorColumns = [
  "id",
  "document_slug as documentSlug",
  "ref",
  "code",
  "name",
  "text",
  "agency_code as agency",
  "unit",
  "comparator",
  "target",
  "baseline",
  "due",
  "aggregation",
  "numerator",
  "denominator",
  "element",
  "min_completeness as minCompleteness",
] as const;

/** Every indicator of the catalog with its document, in document order. */
export function listIndicators(db: Kysely<CoreDatabase>) {
  return db
    .selectFrom("catalog_indicators")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_indicators.document_slug")
    .select([
      "catalog_indicators.id",
      "catalog_indicators.ref",
      "catalog_indicators.name",
      "catalog_indicators.text",
      "catalog_indicators.agency_code as agency",
      "catalog_indicators.unit",
      "catalog_indicators.comparator",
      "catalog_indicators.target",
      "catalog_indicators.baseline",
      "catalog_indicators.due",
      "catalog_documents.slug as documentSlug",
      "catalog_documents.number as documentNumber",
      "catalog_documents.title as documentTitle",
      "catalog_documents.province_code as provinceCode",
      "catalog_documents.province",
    ])
    .orderBy("catalog_documents.position")
    .orderBy("catalog_indicators.position")
    .execute();
}

/** One indicator with its document, the tasks linked to it and the data elements it is computed from. */
export async function readIndicator(db: Kysely<CoreDatabase>, id: string) {
  const indicator = await db
    .selectFrom("catalog_indicators")
    .select(indicatorColumns)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!indicator) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy chỉ tiêu." });
  const doc = await db
    .selectFrom("catalog_documents")
    .select(["slug", "number", "title", "province"])
    .where("slug", "=", indicator.documentSlug)
    .executeTakeFirstOrThrow();
  const links = await db
    .selectFrom("catalog_task_indicators")
    .select("task_id")
    .where("indicator_id", "=", id)
    .execute();
  const elements = await db
    .selectFrom("catalog_data_elements")
    .select(["code", "name", "text", "unit"])
    .where("document_slug", "=", indicator.documentSlug)
    .where("code", "in", [indicator.numerator ?? "", indicator.denominator ?? "", indicator.element ?? ""])
    .execute();
  return {
    ...indicator,
    document: doc,
    tasks: await loadTasks(db, { taskIds: links.map((l) => l.task_id) }),
    dataElements: elements,
  };
}
