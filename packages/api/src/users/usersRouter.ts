import { UserDetails } from "@pcmt/domain";
import { createRouter, procedures, z } from "@pcmt/plugin-sdk";
import { resetPassword } from "../auth/passwordChange";
import { passwordPolicy } from "../auth/passwordStrength";
import { createAccount } from "./createAccount";
import { NewUser } from "./createUser";
import { updateUser } from "./updateUser";
import { setUserActive } from "./userActivation";
import { listUsers } from "./userDirectory";

const UserId = z.uuid("Mã người dùng không hợp lệ");

/** Accounts, administered by administrators only. */
export const usersRouter = createRouter({
  list: procedures.forRoles("admin").query(({ ctx }) => listUsers(ctx.db)),

  /** A new account; its first password is the administrator's, so the user must choose their own at first sign-in. */
  create: procedures
    .forRoles("admin")
    .input(NewUser)
    .mutation(({ ctx, input }) => createAccount(ctx, input)),

  /** A temporary password for a user who lost theirs: their sessions end, they choose their own at next sign-in. */
  resetPassword: procedures
    .forRoles("admin")
    .input(
      z.object({
        userId: UserId,
        temporaryPassword: z
          .string()
          .min(passwordPolicy.minLength, `Mật khẩu tạm cần ít nhất ${passwordPolicy.minLength} ký tự`)
          .max(passwordPolicy.maxLength),
      }),
    )
    .mutation(({ ctx, input }) => resetPassword(ctx, input.userId, input.temporaryPassword)),

  /**
   * An account's name, role, agency and province. A change of role, agency or province ends the user's sessions
   * (what they may see changed); audited with before and after.
   */
  update: procedures
    .forRoles("admin")
    .input(z.object({ userId: UserId, details: UserDetails }))
    .mutation(({ ctx, input }) => updateUser(ctx, input.userId, input.details)),

  /** Locks (with the reason, shown to administrators and audited) or unlocks an account; locking ends its sessions. */
  setActive: procedures
    .forRoles("admin")
    .input(
      z.object({
        userId: UserId,
        active: z.boolean(),
        reason: z.string().trim().max(500, "Lý do dài tối đa 500 ký tự").optional(),
      }),
    )
    .mutation(({ ctx, input }) => setUserActive(ctx, input.userId, input.active, input.reason)),
});
