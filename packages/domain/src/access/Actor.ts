import { z } from "zod";
import { AgencyCode } from "../agencies/agencyRegistry";
import { Role } from "./roles";

/** The signed-in person as the rest of the system sees them: never the password hash, never the session token. */
export const Actor = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  /** Set for agency officers (and a standing office that is itself an agency, the police). */
  agencyCode: AgencyCode.nullable(),
  /** Province the user works for, e.g. "thai_nguyen"; null for national users. */
  provinceCode: z.string().nullable(),
});
export type Actor = z.infer<typeof Actor>;
