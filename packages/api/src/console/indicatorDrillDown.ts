import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type PlaceNode, ProvinceCode, ratioPercent, rollUpPlaces } from "@pcmt/domain";
import { procedures, TRPCError, z } from "@pcmt/plugin-sdk";
import { indexSums, ratioSeries, ratioTerms, selectIndicators } from "./indicatorReadings";
import { keptTotals, type ValueSums } from "./valueSums";

async function placeNodes(db: Kysely<CoreDatabase>, provinceCode: string): Promise<Map<string, PlaceNode & { name: string }>> {
  const units = await db.selectFrom("org_units").select(["code", "name", "level", "parent_code", "valid_to"]).where("province_code", "=", provinceCode).execute();
  const successors = await db.selectFrom("org_unit_successors").selectAll().where("from_code", "in", units.length ? units.map((u) => u.code) : [""]).execute();
  return new Map(
    units.map((u) => [
      u.code,
      { code: u.code, name: u.name, level: u.level, parent: u.parent_code, validTo: u.valid_to, successors: successors.filter((s) => s.from_code === u.code).map((s) => s.to_code) },
    ]),
  );
}

/**
 * An indicator's values per period for the province (from the totals kept on write, or `sums`), and per today's
 * commune for one period: values entered for places that have since merged count toward the commune that holds
 * them today; district figures from before 1/7/2025 count for the province only.
 */
export async function drillDownIndicator(db: Kysely<CoreDatabase>, wantedProvince: string | null, indicatorId: string, wantedPeriod?: string, options: { sums?: ValueSums } = {}) {
  const indicator = await selectIndicators(db).where("catalog_indicators.id", "=", indicatorId).executeTakeFirst();
  if (!indicator) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy chỉ tiêu." });
  // A national account without a chosen province sees the province of the indicator's document.
  const provinceCode = wantedProvince ?? indicator.provinceCode;
  if (!provinceCode) throw new TRPCError({ code: "BAD_REQUEST", message: "Chọn tỉnh." });
  const terms = ratioTerms(indicator);
  if (!terms) return { measurable: false as const, periods: [], period: null, places: [], unattributed: null };
  const sums = indexSums(await (options.sums ?? keptTotals)(db, { provinceCodes: [provinceCode], elementIds: [terms.numerator, terms.denominator] }));
  const periods = ratioSeries(indicator, sums);
  const period = wantedPeriod ?? periods.at(-1)?.period ?? null;
  if (!period) return { measurable: true as const, periods, period: null, places: [], unattributed: null };
  // The places' values of that one period only.
  const values = await db
    .selectFrom("data_values")
    .select(["data_element_id", "org_unit_code", "value"])
    .where("province_code", "=", provinceCode)
    .where("data_element_id", "in", [terms.numerator, terms.denominator])
    .where("period", "=", period)
    .execute();
  const units = await placeNodes(db, provinceCode);
  const of = (element: string) => rollUpPlaces(values.filter((v) => v.data_element_id === element).map((v) => ({ orgUnit: v.org_unit_code, value: v.value })), units);
  const num = of(terms.numerator);
  const den = of(terms.denominator);
  const communes = [...new Set([...num.byCommune.keys(), ...den.byCommune.keys()])];
  return {
    measurable: true as const,
    periods,
    period,
    places: communes
      .map((code) => {
        const n = num.byCommune.get(code) ?? 0;
        const d = den.byCommune.get(code) ?? 0;
        return { code, name: units.get(code)?.name ?? code, numerator: n, denominator: d, value: ratioPercent(n, d) };
      })
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    unattributed: num.unattributed || den.unattributed ? { numerator: num.unattributed, denominator: den.unattributed } : null,
  };
}

export const indicatorDrillDown = procedures
  .forRoles("steering_committee", "standing_office", "admin")
  .input(z.object({ indicatorId: z.string().min(1).max(200), provinceCode: ProvinceCode.optional(), period: z.string().max(20).optional() }))
  .query(async ({ ctx, input }) => {
    return drillDownIndicator(ctx.db, ctx.actor.provinceCode ?? input.provinceCode ?? null, input.indicatorId, input.period);
  });
