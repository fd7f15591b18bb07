import { asksForNothing, type ValueSum, type ValueSums } from "@pcmt/api";
import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";

/**
 * The competent baseline for the console's sums: a plain `GROUP BY` over the raw `data_values` on every request,
 * as an engineer would write it without the totals the product keeps on write — with the covering indexes that
 * engineer would create for these reads (`baselineIndexes`).
 */
export const plainSqlSums: ValueSums = async (db, query) => {
  if (asksForNothing(query)) return [];
  if (query.provincePeriods) {
    const pairs = query.provincePeriods;
    const rows = await sql<ValueSum>`
      select v.province_code as "provinceCode", v.data_element_id as "elementId", v.period, sum(v.value) as total, count(*) as places
      from data_values v
      join unnest(${pairs.map((p) => p.provinceCode)}::text[], ${pairs.map((p) => p.period)}::text[]) as w(province_code, period)
        on v.province_code = w.province_code and v.period = w.period
      where v.data_element_id = any(${[...query.elementIds]}::text[])
      group by 1, 2, 3`.execute(db);
    return rows.rows.map((r) => ({ ...r, total: Number(r.total), places: Number(r.places) }));
  }
  const rows = await sql<ValueSum>`
    select province_code as "provinceCode", data_element_id as "elementId", period, sum(value) as total, count(*) as places
    from data_values
    where data_element_id = any(${[...query.elementIds]}::text[])
      ${query.provinceCodes ? sql`and province_code = any(${[...query.provinceCodes]}::text[])` : sql``}
      ${query.periods ? sql`and period = any(${[...query.periods]}::text[])` : sql``}
    group by 1, 2, 3`.execute(db);
  return rows.rows.map((r) => ({ ...r, total: Number(r.total), places: Number(r.places) }));
};

/**
 * The indexes a competent engineer would give the baseline's reads (the product's own table is keyed by period
 * first, for its writes): a province's elements over time, and one element's periods across provinces, each
 * covering the value so the sums are read from the index alone. Created for the baseline, dropped after it, so
 * the product's writes are not measured with indexes it does not have.
 */
export const baselineIndexes = {
  async create(db: Kysely<CoreDatabase>) {
    await sql`create index if not exists bench_values_province_element_period on data_values (province_code, data_element_id, period) include (value)`.execute(
      db,
    );
    await sql`create index if not exists bench_values_element_period_province on data_values (data_element_id, period, province_code) include (value)`.execute(
      db,
    );
    await sql`analyze data_values`.execute(db);
  },
  async drop(db: Kysely<CoreDatabase>) {
    await sql`drop index if exists bench_values_province_element_period`.execute(db);
    await sql`drop index if exists bench_values_element_period_province`.execute(db);
  },
  description:
    "data_values (province_code, data_element_id, period) include (value); data_values (data_element_id, period, province_code) include (value)",
};
