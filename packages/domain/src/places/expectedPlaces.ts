import { periodBounds } from "../periods/Period";
import type { OrgUnitLevel } from "./OrgUnit";

/** The two-tier local government (province → commune) since 1/7/2025: districts were abolished. */
export const twoTierReformDate = "2025-07-01";

/** Places report per district for periods that end before the reform, per commune and ward after it. */
export function reportingLevelFor(period: string): Exclude<OrgUnitLevel, "province"> {
  return periodBounds(period).end < twoTierReformDate ? "district" : "commune";
}

export interface PlaceValidity {
  level: OrgUnitLevel;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * The places expected to report a province's figure for a period — the rows of its data entry grid: the units of
 * its reporting level that exist on its last day (a year spanning the reform of 1/7/2025 is reported by today's
 * communes, not by the old ones they replaced).
 */
export function placesExpectedIn<T extends PlaceValidity>(units: readonly T[], period: string): T[] {
  const { end } = periodBounds(period);
  const level = reportingLevelFor(period);
  return units.filter((u) => u.level === level && existsOn(u, end));
}

/** Whether a place exists on a day. */
export function existsOn(unit: Pick<PlaceValidity, "validFrom" | "validTo">, day: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || unit.validTo >= day);
}
