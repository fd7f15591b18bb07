import type { Actor } from "@pcmt/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Access, ProcedureMeta } from "./Access";
import { formatError } from "./formatError";
import type { RequestContext } from "./RequestContext";

// Validation messages in Vietnamese, the language of every user-facing message the server writes.
z.config(z.locales.vi());

/** The one tRPC instance of the platform: core and plugins build their routers with it. */
const t = initTRPC
  .context<RequestContext>()
  .meta<ProcedureMeta>()
  .create({ isDev: false, errorFormatter: formatError });

export const createRouter = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;
export { TRPCError };

function isAllowed(actor: Actor, access: Extract<Access, { kind: "roles" }>): boolean {
  if (!access.roles.includes(actor.role)) return false;
  if (actor.role === "agency_officer" && access.agencies) {
    return actor.agencyCode !== null && access.agencies.includes(actor.agencyCode);
  }
  return true;
}

/**
 * Enforces the procedure's declared access. It reads the declaration from the procedure's meta, so a procedure
 * built without one is refused (deny by default), and the permission test can read every declaration.
 */
const enforceAccess = t.middleware(({ ctx, meta, next }) => {
  const access = meta?.access;
  if (!access) {
    ctx.log.error({ requestId: ctx.requestId }, "procedure without an access declaration refused");
    throw new TRPCError({ code: "FORBIDDEN", message: "Chức năng này chưa khai báo quyền truy cập." });
  }
  if (access.kind === "public") return next();
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Bạn cần đăng nhập để sử dụng chức năng này." });
  if (access.kind === "roles" && !isAllowed(ctx.actor, access)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Bạn không có quyền thực hiện chức năng này." });
  }
  return next();
});

/** Every procedure of the platform starts here, so access is always enforced. */
export const baseProcedure = t.procedure.use(enforceAccess);

/** After enforceAccess has let a non-public call through, the actor is known: say so to TypeScript. */
export const withActor = t.middleware(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Bạn cần đăng nhập để sử dụng chức năng này." });
  return next({ ctx: { actor: ctx.actor } });
});
