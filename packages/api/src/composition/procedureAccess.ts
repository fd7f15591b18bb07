import type { Access } from "@pcmt/plugin-sdk";
import type { AnyTRPCRouter } from "@trpc/server";

export interface ProcedureAccessEntry {
  path: string;
  type: "query" | "mutation" | "subscription";
  access: Access | undefined;
}

/** Every procedure of a router with the access it declares: read by the start-up check and the permission test. */
export function listProcedureAccess(router: AnyTRPCRouter): ProcedureAccessEntry[] {
  const procedures = router._def.procedures as Record<string, { _def: { type: ProcedureAccessEntry["type"]; meta?: { access?: Access } } }>;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({ path, type: procedure._def.type, access: procedure._def.meta?.access }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Start-up refuses a router in which any procedure forgot to say who may call it. */
export function assertEveryProcedureDeclaresAccess(router: AnyTRPCRouter): void {
  const missing = listProcedureAccess(router).filter((p) => !p.access);
  if (missing.length > 0) {
    throw new Error(`Các procedure sau chưa khai báo quyền truy cập: ${missing.map((p) => p.path).join(", ")}`);
  }
}
