import { createRouter, procedures, z } from "@pcmt/plugin-sdk";
import { changeOwnPassword } from "./passwordChange";
import { passwordPolicy } from "./passwordStrength";
import { listSessions, type SessionPolicy } from "./sessionStore";
import { signIn } from "./signIn";
import { endOtherSessions, signOut } from "./signOut";

export const SignInInput = z.object({
  username: z.string().trim().min(1, "Nhập tên đăng nhập").max(100),
  password: z.string().min(1, "Nhập mật khẩu").max(200),
});

export function createAuthRouter(policy: SessionPolicy) {
  return createRouter({
    /** Who is signed in, or null: the shell asks before it knows whether to show the sign-in page. */
    me: procedures
      .public("the shell asks who is signed in before showing the sign-in page")
      .query(({ ctx }) => (ctx.actor ? { ...ctx.actor, mustChangePassword: ctx.mustChangePassword ?? false } : null)),

    signIn: procedures
      .public("signing in is how a user gets a session")
      .input(SignInInput)
      .mutation(({ ctx, input }) => signIn(ctx, input, policy)),

    /** Changes one's own password (the current one required); other sessions end. */
    changePassword: procedures
      .ownAccount()
      .input(
        z.object({
          currentPassword: z.string().min(1, "Nhập mật khẩu hiện tại").max(passwordPolicy.maxLength),
          newPassword: z
            .string()
            .min(passwordPolicy.minLength, `Mật khẩu mới cần ít nhất ${passwordPolicy.minLength} ký tự`)
            .max(passwordPolicy.maxLength, `Mật khẩu dài tối đa ${passwordPolicy.maxLength} ký tự`),
        }),
      )
      .mutation(({ ctx, input }) => changeOwnPassword(ctx, input.currentPassword, input.newPassword)),

    /** One's open sessions: where and when each was opened and last used, this one marked. */
    sessions: procedures.ownAccount().query(({ ctx }) => listSessions(ctx.db, ctx.actor.userId, ctx.session.token)),

    /** Signs out everywhere but here (a forgotten computer, a lost phone). */
    endOtherSessions: procedures.ownAccount().mutation(({ ctx }) => endOtherSessions(ctx)),

    signOut: procedures
      .public("signing out must work even when the session has already expired")
      .mutation(({ ctx }) => signOut(ctx)),
  });
}
