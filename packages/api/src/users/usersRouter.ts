import { createRouter, procedures, recordAudit, TRPCError, z } from "@pcmt/plugin-sdk";
import { createUser, NewUser, UsernameTakenError } from "./createUser";

export const usersRouter = createRouter({
  list: procedures.forRoles("admin").query(({ ctx }) =>
    ctx.db
      .selectFrom("users")
      .select(["id", "username", "display_name as displayName", "role", "agency_code as agencyCode", "province_code as provinceCode", "active"])
      .orderBy("username")
      .execute(),
  ),

  create: procedures
    .forRoles("admin")
    .input(NewUser)
    .mutation(async ({ ctx, input }) => {
      try {
        const user = await createUser(ctx.db, input);
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
