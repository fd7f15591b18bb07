import { createRouter, procedures, recordAudit, TRPCError, z } from "@pcmt/plugin-sdk";
import { requireStrongPassword, resetPassword } from "../auth/passwordChange";
import { passwordPolicy } from "../auth/passwordStrength";
import { UserDetails } from "@pcmt/domain";
import { createUser, NewUser, UsernameTakenError } from "./createUser";

export const usersRouter = createRouter({
  list: procedures.forRoles("admin").query(({ ctx }) =>
    ctx.db
      .selectFrom("users")
      .select(["id", "username", "display_name as displayName", "role", "agency_code as agencyCode", "province_code as provinceCode", "active", "must_change_password as mustChangePassword", "password_changed_at as passwordChangedAt", "last_signed_in_at as lastSignedInAt", "locked_reason as lockedReason", "email"])
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

  /**
   * An account's name, role, agency and province. A change of role, agency or province ends the user's sessions
   * (what they may see changed); audited with before and after.
   */
  update: procedures
    .forRoles("admin")
    .input(z.object({ userId: z.uuid("Mã người dùng không hợp lệ"), details: UserDetails }))
    .mutation(async ({ ctx, input }) => {
      const details = input.details;
      return ctx.db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom("users").select(["display_name", "role", "agency_code", "province_code", "email"]).where("id", "=", input.userId).executeTakeFirst();
        if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy người dùng." });
        if (input.userId === ctx.actor.userId && details.role !== "admin") throw new TRPCError({ code: "BAD_REQUEST", message: "Không thể tự bỏ quyền quản trị của chính mình." });
        const after = { display_name: details.displayName, role: details.role, agency_code: details.agencyCode ?? null, province_code: details.provinceCode ?? null, email: details.email ?? null };
        await trx.updateTable("users").set({ ...after, updated_at: new Date() }).where("id", "=", input.userId).execute();
        const reach = before.role !== after.role || before.agency_code !== after.agency_code || before.province_code !== after.province_code;
        const sessionsEnded = reach && input.userId !== ctx.actor.userId ? Number((await trx.deleteFrom("sessions").where("user_id", "=", input.userId).executeTakeFirst()).numDeletedRows) : 0;
        await recordAudit({ ...ctx, db: trx }, { action: "user.update", entity: "user", entityId: input.userId, before, after: { ...after, sessionsEnded } });
        return { userId: input.userId, sessionsEnded };
      });
    }),

  /** Locks (with the reason, shown to administrators and audited) or unlocks an account; locking ends its sessions. */
  setActive: procedures
    .forRoles("admin")
    .input(
      z.object({
        userId: z.uuid("Mã người dùng không hợp lệ"),
        active: z.boolean(),
        reason: z.string().trim().max(500, "Lý do dài tối đa 500 ký tự").optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.actor.userId && !input.active) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Không thể tự khóa tài khoản của chính mình." });
      }
      const reason = input.reason ?? "";
      if (!input.active && reason.length < 5) throw new TRPCError({ code: "BAD_REQUEST", message: "Nêu lý do khóa tài khoản (ít nhất 5 ký tự)." });
      const result = await ctx.db
        .updateTable("users")
        .set({ active: input.active, locked_reason: input.active ? null : reason, updated_at: new Date() })
        .where("id", "=", input.userId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy người dùng." });
      if (!input.active) await ctx.db.deleteFrom("sessions").where("user_id", "=", input.userId).execute();
      await recordAudit(ctx, { action: input.active ? "user.activate" : "user.deactivate", entity: "user", entityId: input.userId, after: input.active ? undefined : { reason } });
      return { userId: input.userId, active: input.active };
    }),
});
