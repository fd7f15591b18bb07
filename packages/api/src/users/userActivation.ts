import type { Actor } from "@pcmt/domain";
import { type RequestContext, recordAudit, TRPCError } from "@pcmt/plugin-sdk";
import { endSessions } from "../auth/sessionStore";

type SignedIn = Pick<RequestContext, "db" | "requestId"> & { actor: Actor };

/**
 * Locks an account (with a reason of at least 5 characters, kept for administrators and audited; its sessions end)
 * or unlocks it (the reason is cleared). An administrator may not lock their own account.
 */
export async function setUserActive(
  ctx: SignedIn,
  userId: string,
  active: boolean,
  reason = "",
): Promise<{ userId: string; active: boolean }> {
  if (userId === ctx.actor.userId && !active) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Không thể tự khóa tài khoản của chính mình." });
  }
  if (!active && reason.length < 5)
    throw new TRPCError({ code: "BAD_REQUEST", message: "Nêu lý do khóa tài khoản (ít nhất 5 ký tự)." });
  const result = await ctx.db
    .updateTable("users")
    .set({ active, locked_reason: active ? null : reason, updated_at: new Date() })
    .where("id", "=", userId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0)
    throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy người dùng." });
  if (!active) await endSessions(ctx.db, userId, null);
  await recordAudit(ctx, {
    action: active ? "user.activate" : "user.deactivate",
    entity: "user",
    entityId: userId,
    after: active ? undefined : { reason },
  });
  return { userId, active };
}
