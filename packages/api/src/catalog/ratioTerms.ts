import type { CoreDatabase, Kysely } from "@pcmt/db";
import type { PartOfWhole } from "@pcmt/domain";

/**
 * The part and the whole of every ratio indicator (numerator ≤ denominator), as data element ids
 * ("<document>#<code>"): what data entry and imports check values against.
 */
export async function ratioTermPairs(db: Kysely<CoreDatabase>): Promise<PartOfWhole[]> {
  const ratios = await db
    .selectFrom("catalog_indicators")
    .select(["document_slug", "numerator", "denominator"])
    .where("aggregation", "=", "ratio")
    .where("numerator", "is not", null)
    .where("denominator", "is not", null)
    .execute();
  const pairs = ratios.map((r) => ({
    part: `${r.document_slug}#${r.numerator}`,
    whole: `${r.document_slug}#${r.denominator}`,
  }));
  return [...new Map(pairs.map((p) => [`${p.part}|${p.whole}`, p])).values()];
}
