import { createRouter, procedures, recordAudit, TRPCError, z } from "@pcmt/plugin-sdk";
import { changeOwnPassword } from "./passwordChange";
import { burnPasswordCheck, verifyPassword } from "./passwordHashing";
import { passwordPolicy } from "./passwordStrength";
import { createSession, endSessions, listSessions, revokeSession, type SessionPolicy } from "./sessionStore";
import { releaseSignInAttempt, reserveSignInAttempt, throttleSubjects } from "./signInThrottle";

export const SignInInput = z.object({
  username: z.string().trim().min(1, "Nhập tên đăng nhập").max(100),
  password: z.string().min(1, "Nhập mật khẩu").max(200),
});

const wrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

export function createAuthRouter(policy: SessionPolicy) {
  return createRouter({
    /** Who is signed in, or null: the shell asks before it knows whether to show the sign-in page. */
    me: procedures
      .public("the shell asks who is signed in before showing the sign-in page")
      .query(({ ctx }) => (ctx.actor ? { ...ctx.actor, mustChangePassword: ctx.mustChangePassword ?? false } : null)),

    signIn: procedures
      .public("signing in is how a user gets a session")
      .input(SignInInput)
      .mutation(async ({ ctx, input }) => {
        const username = input.username.toLowerCase();
        const subjects = throttleSubjects(username, ctx.clientIp);
        // The attempt is reserved before the password is looked at: parallel guesses count one by one.
        const reservation = await reserveSignInAttempt(ctx.db, subjects);
        if (!reservation.allowed) {
          ctx.log.warn({ username, clientIp: ctx.clientIp }, "sign-in throttled");
          throw new TRPCError({
            code: "TOO_MANY_REQUESTS",
            message: `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${reservation.waitSeconds} giây.`,
          });
        }
        const user = await ctx.db
          .selectFrom("users")
          .select(["id", "password_hash", "active", "must_change_password"])
          .where("username", "=", username)
          .executeTakeFirst();
        const valid = user ? await verifyPassword(input.password, user.password_hash) : (await burnPasswordCheck(input.password), false);
        if (!user || !valid || !user.active) {
          ctx.log.info({ username, clientIp: ctx.clientIp }, "sign-in refused");
          throw new TRPCError({
            code: "UNAUTHORIZED",
            message: user && valid && !user.active ? "Tài khoản đã bị khóa. Liên hệ quản trị viên." : wrongCredentials,
          });
        }
        await releaseSignInAttempt(ctx.db, subjects);
        await ctx.db.updateTable("users").set({ last_signed_in_at: new Date() }).where("id", "=", user.id).execute();
        const session = await createSession(ctx.db, user.id, policy, new Date(), { clientIp: ctx.clientIp, userAgent: ctx.userAgent });
        ctx.session.set(session.token, session.expiresAt);
        ctx.log.info({ userId: user.id }, "signed in");
        return { expiresAt: session.expiresAt.toISOString(), mustChangePassword: user.must_change_password };
      }),

    /** Changes one's own password (the current one required); other sessions end. */
    changePassword: procedures
      .ownAccount()
      .input(
        z.object({
          currentPassword: z.string().min(1, "Nhập mật khẩu hiện tại").max(passwordPolicy.maxLength),
          newPassword: z.string().min(passwordPolicy.minLength, `Mật khẩu mới cần ít nhất ${passwordPolicy.minLength} ký tự`).max(passwordPolicy.maxLength, `Mật khẩu dài tối đa ${passwordPolicy.maxLength} ký tự`),
        }),
      )
      .mutation(({ ctx, input }) => changeOwnPassword(ctx, input.currentPassword, input.newPassword)),

    /** One's open sessions: where and when each was opened and last used, this one marked. */
    sessions: procedures.ownAccount().query(({ ctx }) => listSessions(ctx.db, ctx.actor.userId, ctx.session.token)),

    /** Signs out everywhere but here (a forgotten computer, a lost phone). */
    endOtherSessions: procedures.ownAccount().mutation(async ({ ctx }) => {
      const ended = await endSessions(ctx.db, ctx.actor.userId, ctx.session.token);
      await recordAudit(ctx, { action: "session.end_others", entity: "user", entityId: ctx.actor.userId, after: { ended } });
      return { ended };
    }),

    signOut: procedures
      .public("signing out must work even when the session has already expired")
      .mutation(async ({ ctx }) => {
        if (ctx.session.token) await revokeSession(ctx.db, ctx.session.token);
        ctx.session.clear();
        return { signedOut: true };
      }),
  });
}
