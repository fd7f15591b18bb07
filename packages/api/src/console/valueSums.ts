import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";

/** A province's sum of one data element for one period. */
export interface ValueSum {
  provinceCode: string;
  elementId: string;
  period: string;
  total: number;
  /** How many places the total adds up (one value per place). */
  places: number;
}

export interface ValueSumQuery {
  /** null: every province. */
  provinceCodes: readonly string[] | null;
  elementIds: readonly string[];
  /** Only these periods, when given. */
  periods?: readonly string[];
  /** Only these periods of these provinces (each province read for its own reference), when given. */
  provincePeriods?: readonly { provinceCode: string; period: string }[];
}

/**
 * Where a console read gets its sums from: the kept totals below in the product; the benchmark passes its plain-SQL
 * baseline (tooling/bench/src/baselines) to compare the same read over the raw values.
 */
export type ValueSums = (db: Kysely<CoreDatabase>, query: ValueSumQuery) => Promise<ValueSum[]>;

/** A query with an empty list (no element, province or period): no sums, and no statement sent. */
export const asksForNothing = (query: ValueSumQuery) =>
  query.elementIds.length === 0 ||
  query.provinceCodes?.length === 0 ||
  query.periods?.length === 0 ||
  query.provincePeriods?.length === 0;

/**
 * The sums the database keeps current on every write (data_value_totals, maintained by triggers): what the
 * console reads. A few thousand rows at most, found through their primary key.
 */
export const keptTotals: ValueSums = async (db, query) => {
  if (asksForNothing(query)) return [];
  if (query.provincePeriods) {
    // Provinces read for the same periods share one query (found by period, an index of its own); the groups run
    // in parallel.
    const groups = new Map<string, { provinces: string[]; periods: string[] }>();
    const periodsOf = new Map<string, string[]>();
    for (const { provinceCode, period } of query.provincePeriods)
      periodsOf.set(provinceCode, [...(periodsOf.get(provinceCode) ?? []), period]);
    for (const [provinceCode, periods] of periodsOf) {
      const key = [...new Set(periods)].sort().join(",");
      const group = groups.get(key);
      if (group) group.provinces.push(provinceCode);
      else groups.set(key, { provinces: [provinceCode], periods: key.split(",") });
    }
    const parts = await Promise.all(
      [...groups.values()].map((g) =>
        keptTotals(db, { provinceCodes: g.provinces, elementIds: query.elementIds, periods: g.periods }),
      ),
    );
    return parts.flat();
  }
  let select = db
    .selectFrom("data_value_totals")
    .select([
      "province_code as provinceCode",
      "data_element_id as elementId",
      "period",
      "total",
      "value_count as places",
    ]);
  if (query.periods) {
    // A few periods (of every province, or of some): found by period (an index of its own) and sent back as one JSON value — thousands
    // of rows parsed natively instead of row by row — the elements picked here.
    const wanted = new Set(query.elementIds);
    const result = await sql<{ sums: [string, string, string, number, number][] | null }>`
      select json_agg(json_build_array(province_code, data_element_id, period, total, value_count)) as sums
      from data_value_totals where period = any(${[...query.periods]}::text[])
      ${query.provinceCodes ? sql`and province_code = any(${[...query.provinceCodes]}::text[])` : sql``}`.execute(db);
    return (result.rows[0]?.sums ?? [])
      .filter((r) => wanted.has(r[1]))
      .map(([provinceCode, elementId, period, total, places]) => ({ provinceCode, elementId, period, total, places }));
  }
  select = select.where("data_element_id", "in", [...query.elementIds]);
  if (query.provinceCodes) select = select.where("province_code", "in", [...query.provinceCodes]);
  if (query.periods) select = select.where("period", "in", [...query.periods]);
  return (await select.execute()).map((r) => ({ ...r, places: Number(r.places) }));
};
