import type { Actor } from "@pcmt/domain";
import { type RequestContext, recordAudit, TRPCError } from "@pcmt/plugin-sdk";
import { requireStrongPassword } from "../auth/passwordChange";
import { createUser, type NewUser, UsernameTakenError } from "./createUser";

type SignedIn = Pick<RequestContext, "db" | "requestId"> & { actor: Actor };

/**
 * A new account made by an administrator: the password must be strong, and since it is the administrator's the user
 * must choose their own at first sign-in. A username already taken is a conflict. Audited, without the password.
 */
export async function createAccount(ctx: SignedIn, input: NewUser): Promise<{ id: string; username: string }> {
  requireStrongPassword(input.password, { username: input.username, displayName: input.displayName });
  try {
    const user = await createUser(ctx.db, input, { mustChangePassword: true });
    await recordAudit(ctx, {
      action: "user.create",
      entity: "user",
      entityId: user.id,
      after: {
        username: user.username,
        role: input.role,
        agencyCode: input.agencyCode,
        provinceCode: input.provinceCode,
      },
    });
    return user;
  } catch (error) {
    if (error instanceof UsernameTakenError) throw new TRPCError({ code: "CONFLICT", message: error.message });
    throw error;
  }
}
