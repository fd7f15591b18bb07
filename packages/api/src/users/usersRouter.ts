import { createRouter, procedures, recordAudit, TRPCError, z } from "@pcmt/plugin-sdk";
import { requireStrongPassword, resetPassword } from "../auth/passwordChange";
import { passwordPolicy } from "../auth/passwordStrength";
import { createUser, NewUser, UsernameTakenError } from "./createUser";

export const usersRouter = createRouter({
  list: procedures.forRoles("admin").query(({ ctx }) =>
    ctx.db
      .selectFrom("users")
      .select(["id", "username", "display_name as displayName", "role", "agency_code as agencyCode", "province_code as provinceCode", "active", "must_change_password as mustChangePassword", "password_changed_at as passwordChangedAt"])
      .orderBy("username")
      .execute(),
  ),

  /** A new account; its first password is the administrator's, so the user must choose their own at first sign-in. */
  create: procedures
    .forRoles("admin")
    .input(NewUser)
    .mutation(async ({ ctx, input }) => {
      requireStrongPassword(input.password, { username: input.username, displayName: input.displayName });
      try {
        const user = await createUser(ctx.db, input, { mustChangePassword: true });
        await recordAudit(ctx, {
          action: "user.create",
          entity: "user",
          entityId: user.id,
          after: { username: user.username, role: input.role, agencyCode: input.agencyCode, provinceCode: input.provinceCode },
        });
        return user;
      } catch (error) {
        if (error instanceof UsernameTakenError) throw new TRPCError({ code: "CONFLICT", message: error.message });
        throw error;
      }
    }),

  /** A temporary password for a user who lost theirs: their sessions end, they choose their own at next sign-in. */
  resetPassword: procedures
    .forRoles("admin")
    .input(
      z.object({
        userId: z.uuid("Mã người dùng không hợp lệ"),
        temporaryPassword: z.string().min(passwordPolicy.minLength, `Mật khẩu tạm cần ít nhất ${passwordPolicy.minLength} ký tự`).max(passwordPolicy.maxLength),
      }),
    )
    .mutation(({ ctx, input }) => resetPassword(ctx, input.userId, input.temporaryPassword)),

  setActive: procedures
    .forRoles("admin")
    .input(z.object({ userId: z.uuid("Mã người dùng không hợp lệ"), active: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.actor.userId && !input.active) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Không thể tự khóa tài khoản của chính mình." });
      }
      const result = await ctx.db.updateTable("users").set({ active: input.active, updated_at: new Date() }).where("id", "=", input.userId).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy người dùng." });
      if (!input.active) await ctx.db.deleteFrom("sessions").where("user_id", "=", input.userId).execute();
      await recordAudit(ctx, { action: input.active ? "user.activate" : "user.deactivate", entity: "user", entityId: input.userId });
      return { userId: input.userId, active: input.active };
    }),
});
