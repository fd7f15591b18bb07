import { countedFor, countedPlaces, placeCountElement, type PlaceValidity } from "@pcmt/domain";
import type { SumsIndex } from "./indicatorReadings";
import type { ValueSum } from "./valueSums";

/**
 * Sums without those the platform counts instead (`countedFor`: a place-count element in a period reported at its
 * level): a value typed for one there never counts. Those of the periods it cannot count are kept — the element's
 * figure there is what was typed, as for any element.
 */
export const withoutPlaceCounts = (sums: readonly ValueSum[]): ValueSum[] =>
  sums.some((s) => countedFor(s.elementId, s.period))
    ? sums.filter((s) => !countedFor(s.elementId, s.period))
    : [...sums];

/**
 * Puts into a province's sums the figures of the place-count elements among `elementIds` (`placeCountElements`),
 * from the place hierarchy: for every period the sums hold (and `periods`) that the hierarchy counts
 * (`countedFor`), the number of the province's places of that level existing on the period's last day — each
 * counted, so the term is complete. Typed values for those periods (dropped beforehand, `withoutPlaceCounts`) are
 * replaced, never added; those of the periods it cannot count stay the element's figure.
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
    let byPeriod = index.get(id);
    if (!byPeriod) index.set(id, (byPeriod = new Map()));
    for (const period of all) {
      const places = countedPlaces(element, units, period);
      if (places) byPeriod.set(period, { total: places.length, places: places.length });
    }
  }
  return index;
}
