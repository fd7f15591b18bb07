import type { AgencyCode } from "../agencies/agencyRegistry";
import type { Actor } from "./Actor";

/** The owner of a piece of agency data: an agency of a province. */
export interface AgencyDataOwner {
  agencyCode: AgencyCode;
  provinceCode: string | null;
}

export type WriteDecision =
  { allowed: true } | { allowed: false; reason: "not_an_agency_officer" | "other_agency" | "other_province" };

/**
 * An agency officer writes only its own agency's data in its own province; administrators may correct anything.
 * The standing office and the committee read everything but write agency data only through their own procedures
 * (review, acceptance), never by editing an agency's registers.
 */
export function decideAgencyWrite(actor: Actor, owner: AgencyDataOwner): WriteDecision {
  if (actor.role === "admin") return { allowed: true };
  if (actor.role !== "agency_officer" || actor.agencyCode === null)
    return { allowed: false, reason: "not_an_agency_officer" };
  if (actor.agencyCode !== owner.agencyCode) return { allowed: false, reason: "other_agency" };
  if (owner.provinceCode !== null && actor.provinceCode !== owner.provinceCode)
    return { allowed: false, reason: "other_province" };
  return { allowed: true };
}

/**
 * Which agency data an actor reads — the one read rule, which registers and every plugin procedure apply: an
 * officer its own agency's in its province; the standing office and the committee their whole province; national
 * accounts (no province) and administrators everything in their reach. `null` means "any".
 */
export function agencyDataReadScope(actor: Actor): { agencyCode: string | null; provinceCode: string | null } {
  if (actor.role === "agency_officer") return { agencyCode: actor.agencyCode, provinceCode: actor.provinceCode };
  return { agencyCode: null, provinceCode: actor.provinceCode };
}

/** Whether an actor reads one piece of agency data: the same rule, for one owner. */
export function canReadAgencyData(actor: Actor, owner: AgencyDataOwner): boolean {
  const scope = agencyDataReadScope(actor);
  if (actor.role === "agency_officer" && scope.agencyCode === null) return false;
  return (
    (scope.agencyCode === null || scope.agencyCode === owner.agencyCode) &&
    (scope.provinceCode === null || owner.provinceCode === null || scope.provinceCode === owner.provinceCode)
  );
}
