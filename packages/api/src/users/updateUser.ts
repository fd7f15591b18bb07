import type { Actor, UserDetails } from "@pcmt/domain";
import { type RequestContext, recordAudit, TRPCError } from "@pcmt/plugin-sdk";
import { endSessions } from "../auth/sessionStore";

type SignedIn = Pick<RequestContext, "db" | "requestId"> & { actor: Actor };

/**
 * An account's name, role, agency and province, set by an administrator. An administrator may not take away their
 * own admin role. A change of role, agency or province ends the user's sessions (what they may see changed), unless
 * the user is the administrator themselves; audited with before and after.
 */
export async function updateUser(
  ctx: SignedIn,
  userId: string,
  details: UserDetails,
): Promise<{ userId: string; sessionsEnded: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("users")
      .select(["display_name", "role", "agency_code", "province_code", "email"])
      .where("id", "=", userId)
      .executeTakeFirst();
    if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy người dùng." });
    if (userId === ctx.actor.userId && details.role !== "admin")
      throw new TRPCError({ code: "BAD_REQUEST", message: "Không thể tự bỏ quyền quản trị của chính mình." });
    const after = {
      display_name: details.displayName,
      role: details.role,
      agency_code: details.agencyCode ?? null,
      province_code: details.provinceCode ?? null,
      email: details.email ?? null,
    };
    await trx
      .updateTable("users")
      .set({ ...after, updated_at: new Date() })
      .where("id", "=", userId)
      .execute();
    const reach =
      before.role !== after.role ||
      before.agency_code !== after.agency_code ||
      before.province_code !== after.province_code;
    const sessionsEnded = reach && userId !== ctx.actor.userId ? await endSessions(trx, userId, null) : 0;
    await recordAudit(
      { ...ctx, db: trx },
      { action: "user.update", entity: "user", entityId: userId, before, after: { ...after, sessionsEnded } },
    );
    return { userId, sessionsEnded };
  });
}
