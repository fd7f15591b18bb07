import { countedPlaces, placeCountElement, type PlaceValidity } from "@pcmt/domain";
import type { SumsIndex } from "./indicatorReadings";
import type { ValueSum } from "./valueSums";

/** The elements among `ids` whose values are entered — those a sums source is asked for (never a place count). */
export const enteredElements = (ids: readonly string[]): string[] => ids.filter((id) => !placeCountElement(id));

/** Sums without those of place-count elements: a value typed for one never counts. */
export const withoutPlaceCounts = (sums: readonly ValueSum[]): ValueSum[] =>
  sums.some((s) => placeCountElement(s.elementId)) ? sums.filter((s) => !placeCountElement(s.elementId)) : [...sums];

/**
 * Puts into a province's sums the figures of the place-count elements among `elementIds` (`placeCountElements`),
 * from the place hierarchy: for every period the sums hold (and `periods`) that is reported at the element's level,
 * the number of the province's places of that level existing on the period's last day — each counted, so the term
 * is complete. Typed values for them (dropped beforehand, `withoutPlaceCounts`) are replaced, never added.
 */
export function addPlaceCounts(
  index: SumsIndex,
  elementIds: Iterable<string>,
  units: readonly PlaceValidity[],
  periods: Iterable<string> = [],
): SumsIndex {
  const counted = [...new Set(elementIds)].flatMap((id) => {
    const element = placeCountElement(id);
    return element ? [{ id, element }] : [];
  });
  if (counted.length === 0) return index;
  const all = new Set(periods);
  for (const byPeriod of index.values()) for (const period of byPeriod.keys()) all.add(period);
  for (const { id, element } of counted) {
    const byPeriod = new Map<string, { total: number; places: number }>();
    for (const period of all) {
      const places = countedPlaces(element, units, period);
      if (places) byPeriod.set(period, { total: places.length, places: places.length });
    }
    index.set(id, byPeriod);
  }
  return index;
}
