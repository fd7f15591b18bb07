import type { CoreDatabase, Kysely } from "@pcmt/db";
import { Aggregation, AgencyCode } from "@pcmt/domain";
import type { KnownDataElement } from "@pcmt/ingest";

/**
 * The data elements the province's documents already have, for the ingester to reuse when a new document's target
 * counts the same thing (another province's elements are its own: its officers enter them).
 */
export async function knownDataElements(db: Kysely<CoreDatabase>, provinceCode: string): Promise<KnownDataElement[]> {
  const rows = await db
    .selectFrom("catalog_data_elements as e")
    .innerJoin("catalog_documents as d", "d.slug", "e.document_slug")
    .select(["e.code", "e.name", "e.unit", "e.agency_code", "e.aggregation", "e.document_slug"])
    .where("d.province_code", "=", provinceCode)
    .orderBy("e.document_slug")
    .orderBy("e.position")
    .execute();
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.code) && seen.add(r.code))
    .map((r) => ({
      code: r.code,
      name: r.name,
      unit: r.unit,
      agency: AgencyCode.nullable().catch(null).parse(r.agency_code),
      aggregation: Aggregation.catch("sum").parse(r.aggregation),
      documentSlug: r.document_slug,
    }));
}
