import type { Actor } from "@pcmt/domain";
import { type RequestContext, recordAudit } from "@pcmt/plugin-sdk";
import { endSessions, revokeSession } from "./sessionStore";

/** Signs out: the session ends (if there is still one) and its cookie is cleared, even when it had expired. */
export async function signOut(ctx: Pick<RequestContext, "db" | "session">) {
  if (ctx.session.token) await revokeSession(ctx.db, ctx.session.token);
  ctx.session.clear();
  return { signedOut: true };
}

/** Signs a user out everywhere but here (a forgotten computer, a lost phone); audited with how many sessions ended. */
export async function endOtherSessions(ctx: RequestContext & { actor: Actor }): Promise<{ ended: number }> {
  const ended = await endSessions(ctx.db, ctx.actor.userId, ctx.session.token);
  await recordAudit(ctx, {
    action: "session.end_others",
    entity: "user",
    entityId: ctx.actor.userId,
    after: { ended },
  });
  return { ended };
}
