import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";
import { countedFor } from "@pcmt/domain";

/** A ratio whose terms are checked place by place in one period of one province. */
export interface RatioCheck {
  provinceCode: string;
  numerator: string;
  denominator: string;
  period: string;
}

export const ratioCheckKey = (c: RatioCheck) => `${c.provinceCode}|${c.numerator}|${c.denominator}|${c.period}`;

/**
 * How many places hold a part larger than its whole, for each check — across agencies too (health enters the
 * people reached, police the people registered). One query for all the checks, each an index range of the values
 * keyed (period, province, element, place). A whole the platform counts from the places in the check's period
 * (`countedFor`: `communes_total` from 1/7/2025) is 1 in each place counted — the places a value may be entered
 * for —, so there a part above 1 exceeds it (a typed value of the whole is not read); a part the platform counts is
 * not checked. In a period the hierarchy cannot count, a place-count term is an entered one, checked as such.
 */
export async function placesPartExceedsWhole(
  db: Kysely<CoreDatabase>,
  checks: readonly RatioCheck[],
): Promise<Map<string, number>> {
  const unique = [...new Map(checks.map((c) => [ratioCheckKey(c), c])).values()].filter(
    (c) => !countedFor(c.numerator, c.period),
  );
  const entered = unique.filter((c) => !countedFor(c.denominator, c.period));
  const counted = unique.filter((c) => countedFor(c.denominator, c.period));
  const list = (checks: RatioCheck[]) =>
    sql.join(
      checks.map(
        (c) => sql`(${c.provinceCode}::text, ${c.numerator}::text, ${c.denominator}::text, ${c.period}::text)`,
      ),
    );
  type Row = { province_code: string; numerator: string; denominator: string; period: string; places: number };
  const [enteredRows, countedRows] = await Promise.all([
    // A correlated count per check: inside it the check's terms are constants, so both sides are found through the
    // whole key (period, province, element, place) — a join on the list lets the planner drop the element.
    entered.length
      ? sql<Row>`
    select w.province_code, w.numerator, w.denominator, w.period, (
      select count(*) from data_values n
      join data_values d on d.period = w.period and d.province_code = w.province_code and d.data_element_id = w.denominator and d.org_unit_code = n.org_unit_code
      where n.period = w.period and n.province_code = w.province_code and n.data_element_id = w.numerator and n.value > d.value
    ) as places
    from (values ${list(entered)}) as w(province_code, numerator, denominator, period)`.execute(db)
      : { rows: [] as Row[] },
    counted.length
      ? sql<Row>`
    select w.province_code, w.numerator, w.denominator, w.period, (
      select count(*) from data_values n
      where n.period = w.period and n.province_code = w.province_code and n.data_element_id = w.numerator and n.value > 1
    ) as places
    from (values ${list(counted)}) as w(province_code, numerator, denominator, period)`.execute(db)
      : { rows: [] as Row[] },
  ]);
  return new Map(
    [...enteredRows.rows, ...countedRows.rows]
      .filter((r) => Number(r.places) > 0)
      .map((r) => [
        ratioCheckKey({
          provinceCode: r.province_code,
          numerator: r.numerator,
          denominator: r.denominator,
          period: r.period,
        }),
        Number(r.places),
      ]),
  );
}
