import type { CoreDatabase, Kysely } from "@pcmt/db";
import {
  agencyLabel,
  countedFor,
  countedPlaces,
  defaultMinCompleteness,
  periodBounds,
  type PlaceNode,
  placesExpectedIn,
  ProvinceCode,
  ratioPercent,
  reportingLevelFor,
  rollUpPlaces,
} from "@pcmt/domain";
import { procedures, TRPCError, z } from "@pcmt/plugin-sdk";
import { elementTerm, indexSums, placeWordOf, ratioSeries, ratioTerms, selectIndicators } from "./indicatorReadings";
import { addPlaceCounts, withoutPlaceCounts } from "./placeCounts";
import { keptTotals, type ValueSums } from "./valueSums";

async function placeNodes(db: Kysely<CoreDatabase>, provinceCode: string) {
  const units = await db
    .selectFrom("org_units")
    .select(["code", "name", "level", "parent_code", "valid_from", "valid_to"])
    .where("province_code", "=", provinceCode)
    .execute();
  const successors = await db
    .selectFrom("org_unit_successors")
    .selectAll()
    .where("from_code", "in", units.length ? units.map((u) => u.code) : [""])
    .execute();
  const nodes = new Map<string, PlaceNode & { name: string }>(
    units.map((u) => [
      u.code,
      {
        code: u.code,
        name: u.name,
        level: u.level,
        parent: u.parent_code,
        validTo: u.valid_to,
        successors: successors.filter((s) => s.from_code === u.code).map((s) => s.to_code),
      },
    ]),
  );
  return {
    nodes,
    validity: units.map((u) => ({
      code: u.code,
      name: u.name,
      level: u.level,
      validFrom: u.valid_from,
      validTo: u.valid_to,
    })),
  };
}

/**
 * The values of a period reported per district (ending before 1/7/2025) added up per district of that period: a
 * district's own figure counts for itself, a pre-reform commune's for the district it belonged to; anything else
 * (no such place) is kept apart.
 */
function byDistrict(
  values: readonly { orgUnit: string; value: number }[],
  units: ReadonlyMap<string, PlaceNode>,
): { byCommune: Map<string, number>; unattributed: number; total: number } {
  const districtOf = (code: string) => {
    const seen = new Set<string>();
    for (
      let unit = units.get(code);
      unit && !seen.has(unit.code);
      unit = unit.parent ? units.get(unit.parent) : undefined
    ) {
      if (unit.level === "district") return unit.code;
      seen.add(unit.code);
    }
    return null;
  };
  const byPlace = new Map<string, number>();
  let unattributed = 0;
  let total = 0;
  for (const { orgUnit, value } of values) {
    total += value;
    const district = districtOf(orgUnit);
    if (district) byPlace.set(district, (byPlace.get(district) ?? 0) + value);
    else unattributed += value;
  }
  return { byCommune: byPlace, unattributed, total };
}

/**
 * For each term the platform counts from the place hierarchy in the period shown (`countedFor`), where its figure
 * comes from; null for a term whose values are entered then.
 */
export interface CountedFrom {
  numerator: string | null;
  denominator: string | null;
}

/**
 * An indicator's values per period for the province (from the totals kept on write, or `sums`) with how many places
 * each is made of, and for one period the values per place of that period's reporting level (`placeLevel`): for a
 * period reported per commune (from 1/7/2025), per today's commune — values entered for places that have since
 * merged count toward the commune that holds them today, figures entered per district count for the province
 * only; for a period reported per district (ending before 1/7/2025), per district as they were then. Places whose
 * part exceeds their whole are marked, the places expected that sent nothing are listed, and each term says which
 * agencies entered it — or, for a term the platform counts in that period (`communes_total` from 1/7/2025,
 * `countedFor`), where its count comes from (`countedFrom`): 1 for each place of its level existing at the period's
 * end. For a period the hierarchy cannot count (communes before the reform), the term is what was entered for it.
 */
export async function drillDownIndicator(
  db: Kysely<CoreDatabase>,
  wantedProvince: string | null,
  indicatorId: string,
  wantedPeriod?: string,
  options: { sums?: ValueSums } = {},
) {
  const indicator = await selectIndicators(db).where("catalog_indicators.id", "=", indicatorId).executeTakeFirst();
  if (!indicator) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy chỉ tiêu." });
  // A national account without a chosen province sees the province of the indicator's document.
  const provinceCode = wantedProvince ?? indicator.provinceCode;
  if (!provinceCode) throw new TRPCError({ code: "BAD_REQUEST", message: "Chọn tỉnh." });
  const ratio = ratioTerms(indicator);
  const element = elementTerm(indicator);
  const empty = {
    kind: ratio ? ("ratio" as const) : ("count" as const),
    periods: [],
    period: null,
    places: [],
    unattributed: null,
    missingPlaces: [],
    termAgencies: { numerator: [], denominator: [] },
    countedFrom: { numerator: null, denominator: null } as CountedFrom,
    placeWord: "xã",
    placeLevel: "commune" as "district" | "commune",
    minCompleteness: indicator.minCompleteness ?? defaultMinCompleteness,
  };
  if (!ratio && !element) return { measurable: false as const, ...empty };
  // A count (new hotspots, drug crimes detected) is its element's values: shown as a numerator over nothing.
  const terms = ratio ?? { numerator: element!, denominator: null };
  const termIds = [terms.numerator, ...(terms.denominator ? [terms.denominator] : [])];
  // Every term's sums: a place-count term's typed values are dropped for the periods the platform counts it.
  const [sums, places] = await Promise.all([
    (options.sums ?? keptTotals)(db, { provinceCodes: [provinceCode], elementIds: termIds }),
    placeNodes(db, provinceCode),
  ]);
  const indexed = addPlaceCounts(indexSums(withoutPlaceCounts(sums)), termIds, places.validity);
  const series = ratio
    ? ratioSeries(indicator, indexed)
    : [...(indexed.get(terms.numerator) ?? new Map())]
        .map(([period, t]) => ({
          period,
          numerator: t.total,
          denominator: null,
          value: t.total,
          places: { numerator: t.places, denominator: t.places },
        }))
        .sort(
          (a, b) =>
            periodBounds(a.period).end.localeCompare(periodBounds(b.period).end) || b.period.length - a.period.length,
        );
  const periods = series.map((p) => ({ ...p, expectedPlaces: placesExpectedIn(places.validity, p.period).length }));
  const period = wantedPeriod ?? periods.at(-1)?.period ?? null;
  if (!period) return { measurable: true as const, ...empty, periods };
  const kind = empty.kind;
  const placeLevel = reportingLevelFor(period);
  // A term the platform counts in this period (`communes_total` from 1/7/2025) is never read from the values
  // entered; in a period it cannot count, it is entered like the others.
  const enteredIds = termIds.filter((id) => !countedFor(id, period));
  const countedFrom: CountedFrom = {
    numerator: countedFor(terms.numerator, period)?.source ?? null,
    denominator: terms.denominator ? (countedFor(terms.denominator, period)?.source ?? null) : null,
  };
  // The places' values of that one period only.
  const values = enteredIds.length
    ? await db
        .selectFrom("data_values")
        .select(["data_element_id", "org_unit_code", "value", "agency_code"])
        .where("province_code", "=", provinceCode)
        .where("data_element_id", "in", enteredIds)
        .where("period", "=", period)
        .execute()
    : [];
  // Districts cannot be rolled up to today's communes: a period reported per district is shown per district. A
  // term the platform counts in the period is 1 in each place it counts.
  const of = (element: string) => {
    const counted = countedFor(element, period);
    if (counted) {
      const units = countedPlaces(counted, places.validity, period) ?? [];
      return { byCommune: new Map(units.map((u) => [u.code, 1])), unattributed: 0, total: units.length };
    }
    return (placeLevel === "district" ? byDistrict : rollUpPlaces)(
      values.filter((v) => v.data_element_id === element).map((v) => ({ orgUnit: v.org_unit_code, value: v.value })),
      places.nodes,
    );
  };
  const num = of(terms.numerator);
  const den = terms.denominator
    ? of(terms.denominator)
    : { byCommune: new Map<string, number>(), unattributed: 0, total: 0 };
  const communes = [...new Set([...num.byCommune.keys(), ...den.byCommune.keys()])];
  const reported = new Map<string, Set<string>>();
  for (const v of values)
    reported.set(v.org_unit_code, (reported.get(v.org_unit_code) ?? new Set()).add(v.data_element_id));
  const agenciesOf = (element: string) =>
    [...new Set(values.filter((v) => v.data_element_id === element).map((v) => v.agency_code))]
      .sort()
      .map((code) => ({ code, name: agencyLabel(code) }));
  return {
    measurable: true as const,
    kind,
    periods,
    period,
    placeWord: placeWordOf(period),
    placeLevel,
    minCompleteness: empty.minCompleteness,
    places: communes
      .map((code) => {
        const n = num.byCommune.get(code) ?? null;
        const d = den.byCommune.get(code) ?? null;
        return {
          code,
          name: places.nodes.get(code)?.name ?? code,
          numerator: n,
          denominator: d,
          value: ratio ? ratioPercent(n, d) : n,
          partExceedsWhole: n !== null && d !== null && n > d,
        };
      })
      .sort((a, b) => Number(b.partExceedsWhole) - Number(a.partExceedsWhole) || a.name.localeCompare(b.name, "vi")),
    // Only the terms places enter can be missing from a place.
    missingPlaces: placesExpectedIn(places.validity, period)
      .filter((u) => (reported.get(u.code)?.size ?? 0) < enteredIds.length)
      .map((u) => ({
        code: u.code,
        name: u.name,
        missing: enteredIds
          .filter((t) => !reported.get(u.code)?.has(t))
          .map((t) => (t === terms.numerator ? ("numerator" as const) : ("denominator" as const))),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    termAgencies: {
      numerator: agenciesOf(terms.numerator),
      denominator: terms.denominator ? agenciesOf(terms.denominator) : [],
    },
    countedFrom,
    unattributed:
      num.unattributed || den.unattributed ? { numerator: num.unattributed, denominator: den.unattributed } : null,
  };
}

export const indicatorDrillDown = procedures
  .forRoles("steering_committee", "standing_office", "admin")
  .input(
    z.object({
      indicatorId: z.string().min(1).max(200),
      provinceCode: ProvinceCode.optional(),
      period: z.string().max(20).optional(),
    }),
  )
  .query(async ({ ctx, input }) => {
    return drillDownIndicator(
      ctx.db,
      ctx.actor.provinceCode ?? input.provinceCode ?? null,
      input.indicatorId,
      input.period,
    );
  });
