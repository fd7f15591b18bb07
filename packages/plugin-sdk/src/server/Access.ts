import type { AgencyCode, Role } from "@pcmt/domain";

/**
 * Who may call a procedure. Every procedure declares one; a procedure without it is refused at start-up and
 * at call time. `public` is a deliberate exception and must say why.
 */
export type Access =
  | { kind: "public"; reason: string }
  | { kind: "signedIn" }
  | {
      kind: "roles";
      roles: readonly Role[];
      /** When set, an agency officer must work for one of these agencies (other roles are unaffected). */
      agencies?: readonly AgencyCode[];
    };

export interface ProcedureMeta {
  access?: Access;
  /** Callable while the user must still change a password an administrator set (changing it, listing sessions). */
  duringPasswordChange?: boolean;
}
