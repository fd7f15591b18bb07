/** What place-aware aggregation needs to know of a unit. */
export interface PlaceNode {
  code: string;
  level: "province" | "district" | "commune";
  parent: string | null;
  validTo: string | null;
  successors: readonly string[];
}

/**
 * Where a unit's figures count today, at commune level: a current commune counts for itself; an old commune for the
 * commune that took it over (the first one when it was split — the text of the merger says which part went where,
 * the platform does not guess); an old district cannot be attributed to one commune and counts for the province
 * only (null). Follows chains of mergers.
 */
export function currentCommuneOf(
  code: string,
  units: ReadonlyMap<string, PlaceNode>,
  seen = new Set<string>(),
): string | null {
  const unit = units.get(code);
  if (!unit || seen.has(code)) return null;
  if (unit.level !== "commune") return null;
  if (unit.validTo === null) return unit.code;
  seen.add(code);
  for (const successor of unit.successors) {
    const found = currentCommuneOf(successor, units, seen);
    if (found) return found;
  }
  return null;
}

export interface PlaceValue {
  orgUnit: string;
  value: number;
}

/**
 * Adds values entered for places of any era up to today's communes, keeping what cannot be attributed to a commune
 * (district-level figures from before 1/7/2025) apart; the province total is everything, counted once. Values of
 * merged communes are summed, never replaced (DHIS2's merge keeps only one value).
 */
export function rollUpPlaces(
  values: readonly PlaceValue[],
  units: ReadonlyMap<string, PlaceNode>,
): { byCommune: Map<string, number>; unattributed: number; total: number } {
  const byCommune = new Map<string, number>();
  let unattributed = 0;
  let total = 0;
  for (const { orgUnit, value } of values) {
    total += value;
    const commune = currentCommuneOf(orgUnit, units);
    if (commune) byCommune.set(commune, (byCommune.get(commune) ?? 0) + value);
    else unattributed += value;
  }
  return { byCommune, unattributed, total };
}
