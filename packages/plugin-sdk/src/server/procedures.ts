import type { AgencyCode, Role } from "@pcmt/domain";
import { baseProcedure, withActor } from "./trpc";

/** Builders for procedures; each states who may call it, and the statement is what is enforced. */
export const procedures = {
  /** Callable without signing in: a deliberate exception whose reason is kept in the meta. */
  public: (reason: string) => baseProcedure.meta({ access: { kind: "public", reason } }),
  /** Any signed-in user. */
  signedIn: () => baseProcedure.meta({ access: { kind: "signedIn" } }).use(withActor),
  /** Any signed-in user, also one who must still change a password an administrator set (their own account). */
  ownAccount: () => baseProcedure.meta({ access: { kind: "signedIn" }, duringPasswordChange: true }).use(withActor),
  /** Signed-in users with one of these roles. */
  forRoles: (...roles: Role[]) => baseProcedure.meta({ access: { kind: "roles", roles } }).use(withActor),
  /**
   * Officers of these agencies, plus the listed other roles (administrators by default). Used by plugins for their
   * agency's forms; a write must still check the row's owner with `requireAgencyWrite`.
   */
  forAgencies: (agencies: readonly AgencyCode[], alsoRoles: readonly Role[] = ["admin"]) =>
    baseProcedure.meta({ access: { kind: "roles", roles: ["agency_officer", ...alsoRoles], agencies } }).use(withActor),
};

/** Roles that read everything of their province. */
export const oversightRoles = ["standing_office", "steering_committee", "admin"] as const satisfies readonly Role[];
/** Every role: for reads open to all signed-in users that still want to be explicit. */
export const everyRole = [
  "agency_officer",
  "standing_office",
  "steering_committee",
  "admin",
] as const satisfies readonly Role[];
