import type { CoreDatabase, Kysely } from "@pcmt/db";
import { plausibilityWarnings, previousPeriods, type ValueContext, type ValueWarning } from "@pcmt/domain";

/** What the grid shows with a value: where it was copied from (until confirmed) and the warnings it raised. */
export interface ValueNote {
  orgUnit: string;
  elementId: string;
  copiedFrom: string | null;
  warnings: ValueWarning[];
}

interface GridScope {
  province_code: string;
  period: string;
}

/** How many previous periods a value is compared with. */
export const historyPeriods = 12;

const cellKey = (orgUnit: string, elementId: string) => `${orgUnit}|${elementId}`;

export async function loadValueNotes(
  db: Kysely<CoreDatabase>,
  scope: GridScope,
  elementIds: readonly string[],
): Promise<ValueNote[]> {
  if (elementIds.length === 0) return [];
  const rows = await db
    .selectFrom("data_value_notes")
    .select(["org_unit_code", "data_element_id", "copied_from", "warnings"])
    .where("province_code", "=", scope.province_code)
    .where("period", "=", scope.period)
    .where("data_element_id", "in", elementIds)
    .execute();
  return rows.map((r) => ({
    orgUnit: r.org_unit_code,
    elementId: r.data_element_id,
    copiedFrom: r.copied_from,
    warnings: (r.warnings ?? []) as ValueWarning[],
  }));
}

/**
 * Judges new values against their place's previous periods and the province's places (this period included):
 * one query for every changed data element.
 */
export async function judgeValues(
  db: Kysely<CoreDatabase>,
  scope: GridScope,
  cells: readonly { orgUnit: string; elementId: string; value: number | null }[],
  /** Data elements counting people: their values are also checked against the place's population. */
  peopleElements: ReadonlySet<string> = new Set(),
): Promise<Map<string, ValueWarning[]>> {
  const judged = new Map<string, ValueWarning[]>();
  const withValue = cells.filter((c): c is { orgUnit: string; elementId: string; value: number } => c.value !== null);
  if (withValue.length === 0) return judged;
  const elementIds = [...new Set(withValue.map((c) => c.elementId))];
  const earlier = previousPeriods(scope.period, historyPeriods);
  const rows = await db
    .selectFrom("data_values")
    .select(["org_unit_code", "data_element_id", "period", "value"])
    .where("province_code", "=", scope.province_code)
    .where("data_element_id", "in", elementIds)
    .where("period", "in", [scope.period, ...earlier])
    .execute();
  const history = new Map<string, number[]>();
  const peers = new Map<string, number[]>();
  const changed = new Set(withValue.map((c) => cellKey(c.orgUnit, c.elementId)));
  for (const row of rows) {
    const key = cellKey(row.org_unit_code, row.data_element_id);
    if (row.period !== scope.period) history.set(key, [...(history.get(key) ?? []), row.value]);
    // The values being replaced are not their own peers.
    if (row.period !== scope.period || !changed.has(key))
      peers.set(row.data_element_id, [...(peers.get(row.data_element_id) ?? []), row.value]);
  }
  const populations = await populationsOf(
    db,
    [...new Set(withValue.filter((c) => peopleElements.has(c.elementId)).map((c) => c.orgUnit))],
    Number(scope.period.slice(0, 4)),
  );
  for (const cell of withValue) {
    const context: ValueContext = {
      history: history.get(cellKey(cell.orgUnit, cell.elementId)) ?? [],
      peers: peers.get(cell.elementId) ?? [],
      population: peopleElements.has(cell.elementId) ? (populations.get(cell.orgUnit) ?? null) : null,
    };
    const warnings = plausibilityWarnings(cell.value, context);
    if (warnings.length > 0) judged.set(cellKey(cell.orgUnit, cell.elementId), warnings);
  }
  return judged;
}

/** Each place's latest known population up to a year. */
async function populationsOf(
  db: Kysely<CoreDatabase>,
  places: readonly string[],
  year: number,
): Promise<Map<string, { value: number; year: number }>> {
  if (places.length === 0) return new Map();
  const rows = await db
    .selectFrom("place_populations")
    .select(["org_unit_code", "year", "population"])
    .where("org_unit_code", "in", places)
    .where("year", "<=", year)
    .orderBy("year")
    .execute();
  return new Map(rows.map((r) => [r.org_unit_code, { value: r.population, year: r.year }]));
}

/** Replaces the notes of the given cells: a row where there is something to say, none otherwise. */
export async function writeValueNotes(
  db: Kysely<CoreDatabase>,
  scope: GridScope,
  notes: readonly { orgUnit: string; elementId: string; copiedFrom: string | null; warnings: ValueWarning[] }[],
): Promise<void> {
  if (notes.length === 0) return;
  for (let i = 0; i < notes.length; i += 1000) {
    const chunk = notes.slice(i, i + 1000);
    await db
      .deleteFrom("data_value_notes")
      .where("province_code", "=", scope.province_code)
      .where("period", "=", scope.period)
      .where((eb) =>
        eb.or(chunk.map((n) => eb.and([eb("org_unit_code", "=", n.orgUnit), eb("data_element_id", "=", n.elementId)]))),
      )
      .execute();
    const kept = chunk.filter((n) => n.copiedFrom !== null || n.warnings.length > 0);
    if (kept.length > 0) {
      await db
        .insertInto("data_value_notes")
        .values(
          kept.map((n) => ({
            province_code: scope.province_code,
            period: scope.period,
            data_element_id: n.elementId,
            org_unit_code: n.orgUnit,
            copied_from: n.copiedFrom,
            warnings: JSON.stringify(n.warnings),
          })),
        )
        .execute();
    }
  }
}

/** The values of the grid still carrying a copy from an earlier period that the officer has not confirmed. */
export async function unconfirmedCopies(
  db: Kysely<CoreDatabase>,
  scope: GridScope,
  elementIds: readonly string[],
): Promise<number> {
  if (elementIds.length === 0) return 0;
  const row = await db
    .selectFrom("data_value_notes")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("province_code", "=", scope.province_code)
    .where("period", "=", scope.period)
    .where("data_element_id", "in", elementIds)
    .where("copied_from", "is not", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The officer confirms the copied values as this period's: the mark goes, the warnings stay. */
export async function confirmCopies(
  db: Kysely<CoreDatabase>,
  scope: GridScope,
  elementIds: readonly string[],
): Promise<number> {
  if (elementIds.length === 0) return 0;
  const confirmed = await db
    .updateTable("data_value_notes")
    .set({ copied_from: null, updated_at: new Date() })
    .where("province_code", "=", scope.province_code)
    .where("period", "=", scope.period)
    .where("data_element_id", "in", elementIds)
    .where("copied_from", "is not", null)
    .returning(["org_unit_code"])
    .execute();
  await db
    .deleteFrom("data_value_notes")
    .where("province_code", "=", scope.province_code)
    .where("period", "=", scope.period)
    .where("copied_from", "is", null)
    .where("warnings", "=", "[]")
    .execute();
  return confirmed.length;
}
