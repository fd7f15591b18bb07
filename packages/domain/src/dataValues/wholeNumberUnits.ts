/** Units counted in whole numbers (people, cases, communes…): a value of 2.5 for them is a typing error. */
const wholeNumberUnits = new Set([
  "person",
  "case",
  "count",
  "commune",
  "location",
  "school",
  "facility",
  "session",
  "hotspot",
  "organization",
]);

export function isWholeNumberUnit(unit: string): boolean {
  return wholeNumberUnits.has(unit);
}
