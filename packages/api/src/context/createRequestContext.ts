import type { CoreDatabase, Kysely } from "@pcmt/db";
import type { Logger, RequestContext, SessionCookie } from "@pcmt/plugin-sdk";
import { resolveSession, type SessionPolicy } from "../auth/sessionStore";

export interface RequestInfo {
  requestId: string;
  clientIp: string;
  userAgent?: string | null;
  /** The session token from the cookie, if any. */
  token: string | null;
  setCookie(token: string, expiresAt: Date): void;
  clearCookie(): void;
}

/** Builds a procedure's context: resolves the session cookie to an actor and wires the cookie setters. */
export async function createRequestContext(
  deps: { db: Kysely<CoreDatabase>; log: Logger; enabledPlugins: ReadonlySet<string>; sessionPolicy: SessionPolicy },
  request: RequestInfo,
): Promise<RequestContext> {
  const resolved = request.token ? await resolveSession(deps.db, request.token, deps.sessionPolicy) : null;
  if (request.token && !resolved) request.clearCookie();
  if (request.token && resolved) request.setCookie(request.token, resolved.expiresAt);
  const session: SessionCookie = {
    token: request.token,
    set: (token, expiresAt) => request.setCookie(token, expiresAt),
    clear: () => request.clearCookie(),
  };
  return {
    db: deps.db,
    actor: resolved?.actor ?? null,
    requestId: request.requestId,
    log: deps.log.child({ userId: resolved?.actor.userId ?? null }),
    enabledPlugins: deps.enabledPlugins,
    session,
    clientIp: request.clientIp,
    userAgent: request.userAgent ?? null,
    mustChangePassword: resolved?.mustChangePassword ?? false,
  };
}
