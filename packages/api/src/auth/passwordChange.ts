import { type RequestContext, recordAudit, TRPCError } from "@pcmt/plugin-sdk";
import type { Actor } from "@pcmt/domain";
import { hashPassword, verifyPassword } from "./passwordHashing";
import { judgePassword } from "./passwordStrength";
import { endSessions } from "./sessionStore";
import { releaseSignInAttempt, reserveSignInAttempt, throttleSubjects } from "./signInThrottle";

type SignedIn = RequestContext & { actor: Actor };

/** A new password judged against what an attacker would know of its user; refused with the reason, in Vietnamese. */
function requireStrong(password: string, user: { username: string; displayName: string }) {
  const verdict = judgePassword(password, [user.username, user.displayName]);
  if (!verdict.ok) throw new TRPCError({ code: "BAD_REQUEST", message: verdict.message });
}

/**
 * A user changes their own password: the current one is checked (throttled like a sign-in, so this is no way
 * around the throttle), the new one must be strong and different; every other session of theirs ends (a thief
 * signed in elsewhere is signed out), this one stays. Audited, without either password.
 */
export async function changeOwnPassword(
  ctx: SignedIn,
  currentPassword: string,
  newPassword: string,
): Promise<{ otherSessionsEnded: number }> {
  const { actor } = ctx;
  const subjects = throttleSubjects(actor.username, ctx.clientIp);
  const reservation = await reserveSignInAttempt(ctx.db, subjects);
  if (!reservation.allowed)
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: `Nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${reservation.waitSeconds} giây.`,
    });
  const user = await ctx.db
    .selectFrom("users")
    .select(["password_hash"])
    .where("id", "=", actor.userId)
    .executeTakeFirst();
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Tài khoản không còn tồn tại." });
  if (!(await verifyPassword(currentPassword, user.password_hash)))
    throw new TRPCError({ code: "BAD_REQUEST", message: "Mật khẩu hiện tại không đúng." });
  await releaseSignInAttempt(ctx.db, subjects);
  if (newPassword === currentPassword)
    throw new TRPCError({ code: "BAD_REQUEST", message: "Mật khẩu mới phải khác mật khẩu hiện tại." });
  requireStrong(newPassword, actor);
  const hash = await hashPassword(newPassword);
  return ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({
        password_hash: hash,
        must_change_password: false,
        password_changed_at: new Date(),
        updated_at: new Date(),
      })
      .where("id", "=", actor.userId)
      .execute();
    const otherSessionsEnded = await endSessions(trx, actor.userId, ctx.session.token);
    await recordAudit(
      { ...ctx, db: trx },
      { action: "user.password_change", entity: "user", entityId: actor.userId, after: { otherSessionsEnded } },
    );
    return { otherSessionsEnded };
  });
}

/**
 * A temporary password for a user who lost theirs, set by an administrator (or by `pcmt user reset-password` on the
 * server): it must be strong too, every session of the user ends, and the user must choose their own password at
 * the next sign-in. Audited, without the password.
 */
export async function setTemporaryPassword(
  ctx: Pick<RequestContext, "db" | "actor" | "requestId">,
  username: string,
  temporaryPassword: string,
  by: "admin" | "cli",
): Promise<{ userId: string; sessionsEnded: number }> {
  const user = await ctx.db
    .selectFrom("users")
    .select(["id", "username", "display_name"])
    .where("username", "=", username.toLowerCase())
    .executeTakeFirst();
  if (!user) throw new TRPCError({ code: "NOT_FOUND", message: `Không có người dùng “${username}”.` });
  requireStrong(temporaryPassword, { username: user.username, displayName: user.display_name });
  const hash = await hashPassword(temporaryPassword);
  return ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ password_hash: hash, must_change_password: true, password_changed_at: new Date(), updated_at: new Date() })
      .where("id", "=", user.id)
      .execute();
    const sessionsEnded = await endSessions(trx, user.id, null);
    await recordAudit(
      { ...ctx, db: trx },
      {
        action: "user.password_reset",
        entity: "user",
        entityId: user.id,
        after: { username: user.username, sessionsEnded, mustChangePassword: true, by },
      },
    );
    return { userId: user.id, sessionsEnded };
  });
}

/** An administrator resets another user's password from the users page (their own is changed on the account page). */
export async function resetPassword(
  ctx: SignedIn,
  userId: string,
  temporaryPassword: string,
): Promise<{ userId: string; sessionsEnded: number }> {
  if (userId === ctx.actor.userId)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Đổi mật khẩu của chính mình ở trang Tài khoản (cần mật khẩu hiện tại).",
    });
  const user = await ctx.db.selectFrom("users").select(["username"]).where("id", "=", userId).executeTakeFirst();
  if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy người dùng." });
  return setTemporaryPassword(ctx, user.username, temporaryPassword, "admin");
}

export { requireStrong as requireStrongPassword };
