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

/** The places expected to report a province's figure for a period: the units of its reporting level valid in it. */
export function placesExpectedIn<T extends PlaceValidity>(units: readonly T[], period: string): T[] {
  const { start, end } = periodBounds(period);
  const level = reportingLevelFor(period);
  return units.filter((u) => u.level === level && (u.validFrom === null || u.validFrom <= end) && (u.validTo === null || u.validTo >= start));
}
