import { type RequestContext, TRPCError } from "@pcmt/plugin-sdk";
import { burnPasswordCheck, verifyPassword } from "./passwordHashing";
import { createSession, type SessionPolicy } from "./sessionStore";
import { releaseSignInAttempt, reserveSignInAttempt, throttleSubjects } from "./signInThrottle";

const wrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

type Visitor = Pick<RequestContext, "db" | "log" | "clientIp" | "userAgent" | "session">;

/**
 * A user signs in with their username and password: the attempt is throttled per username and address, an unknown
 * user costs as much time as a wrong password, a locked account is refused only to whoever knows its password. A
 * session opens (its cookie set) and the time of the sign-in is kept.
 */
export async function signIn(
  ctx: Visitor,
  credentials: { username: string; password: string },
  policy: SessionPolicy,
): Promise<{ expiresAt: string; mustChangePassword: boolean }> {
  const username = credentials.username.toLowerCase();
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
  const valid = user
    ? await verifyPassword(credentials.password, user.password_hash)
    : (await burnPasswordCheck(credentials.password), false);
  if (!user || !valid || !user.active) {
    ctx.log.info({ username, clientIp: ctx.clientIp }, "sign-in refused");
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: user && valid && !user.active ? "Tài khoản đã bị khóa. Liên hệ quản trị viên." : wrongCredentials,
    });
  }
  await releaseSignInAttempt(ctx.db, subjects);
  await ctx.db.updateTable("users").set({ last_signed_in_at: new Date() }).where("id", "=", user.id).execute();
  const session = await createSession(ctx.db, user.id, policy, new Date(), {
    clientIp: ctx.clientIp,
    userAgent: ctx.userAgent,
  });
  ctx.session.set(session.token, session.expiresAt);
  ctx.log.info({ userId: user.id }, "signed in");
  return { expiresAt: session.expiresAt.toISOString(), mustChangePassword: user.must_change_password };
}
