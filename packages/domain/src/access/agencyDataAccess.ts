import type { AgencyCode } from "../agencies/agencyRegistry";
import type { Actor } from "./Actor";

/** The owner of a piece of agency data: an agency of a province. */
export interface AgencyDataOwner {
  agencyCode: AgencyCode;
  provinceCode: string | null;
}

export type WriteDecision = { allowed: true } | { allowed: false; reason: "not_an_agency_officer" | "other_agency" | "other_province" };

/**
 * An agency officer writes only its own agency's data in its own province; administrators may correct anything.
 * The standing office and the committee read everything but write agency data only through their own procedures
 * (review, acceptance), never by editing an agency's registers.
 */
export function decideAgencyWrite(actor: Actor, owner: AgencyDataOwner): WriteDecision {
  if (actor.role === "admin") return { allowed: true };
  if (actor.role !== "agency_officer" || actor.agencyCode === null) return { allowed: false, reason: "not_an_agency_officer" };
  if (actor.agencyCode !== owner.agencyCode) return { allowed: false, reason: "other_agency" };
  if (owner.provinceCode !== null && actor.provinceCode !== owner.provinceCode) return { allowed: false, reason: "other_province" };
  return { allowed: true };
}

/** Agency data is readable by its own agency and by the province's oversight roles. */
export function canReadAgencyData(actor: Actor, owner: AgencyDataOwner): boolean {
  if (actor.role === "admin") return true;
  if (actor.provinceCode !== null && owner.provinceCode !== null && actor.provinceCode !== owner.provinceCode) return false;
  if (actor.role === "standing_office" || actor.role === "steering_committee") return true;
  return actor.agencyCode === owner.agencyCode;
}
