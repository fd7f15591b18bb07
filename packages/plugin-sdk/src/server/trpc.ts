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
  if (ctx.mustChangePassword && !meta?.duringPasswordChange)
    throw new TRPCError({ code: "FORBIDDEN", message: mustChangePasswordMessage });
  if (access.kind === "roles" && !isAllowed(ctx.actor, access)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Bạn không có quyền thực hiện chức năng này." });
  }
  return next();
});

export const mustChangePasswordMessage = "Mật khẩu của bạn do quản trị viên đặt: hãy đổi mật khẩu trước khi tiếp tục.";

/** Whether a value holds a NUL character anywhere in its strings (PostgreSQL text cannot store one). */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 20 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes("\u0000") || containsNul(v, depth + 1));
}

/**
 * Bad input that only the database would notice is still bad input: a NUL character is refused before anything
 * runs, and a data exception of PostgreSQL (class 22: invalid text, out-of-range value or date) answers 400 with a
 * clear message instead of 500. Nothing was written: the statement failed.
 */
const refuseUnstorableInput = t.middleware(async ({ ctx, getRawInput, next, path }) => {
  if (containsNul(await getRawInput()))
    throw new TRPCError({ code: "BAD_REQUEST", message: "Dữ liệu chứa ký tự không hợp lệ (ký tự NUL)." });
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause as { code?: unknown } | undefined;
    if (
      result.error.code === "INTERNAL_SERVER_ERROR" &&
      typeof cause?.code === "string" &&
      cause.code.startsWith("22")
    ) {
      ctx.log.warn({ requestId: ctx.requestId, path, dbCode: cause.code }, "input refused by the database");
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Dữ liệu không hợp lệ: có giá trị ngoài phạm vi hoặc sai định dạng (ngày, số, chuỗi).",
      });
    }
  }
  return result;
});

/** Every procedure of the platform starts here, so access is always enforced. */
export const baseProcedure = t.procedure.use(enforceAccess).use(refuseUnstorableInput);

/** After enforceAccess has let a non-public call through, the actor is known: say so to TypeScript. */
export const withActor = t.middleware(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Bạn cần đăng nhập để sử dụng chức năng này." });
  return next({ ctx: { actor: ctx.actor } });
});
