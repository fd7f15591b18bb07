import { type AnyKysely, migrateOwner, sql } from "@pcmt/db";
import type { AnyTRPCRouter } from "@trpc/server";
import type { Access } from "./Access";
import type { AnyPlugin } from "./definePlugin";

/**
 * The checks start-up makes on a plugin, in one place: the server runs them before serving and the plugin test
 * harness runs the same ones, so a plugin that passes its own tests also starts.
 */

export interface ProcedureAccessEntry {
  path: string;
  type: "query" | "mutation" | "subscription";
  access: Access | undefined;
}

/** Every procedure of a router with the access it declares: read by the start-up check and the permission test. */
export function listProcedureAccess(router: AnyTRPCRouter): ProcedureAccessEntry[] {
  const procedures = router._def.procedures as Record<
    string,
    { _def: { type: ProcedureAccessEntry["type"]; meta?: { access?: Access } } }
  >;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({ path, type: procedure._def.type, access: procedure._def.meta?.access }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Refuses a router in which any procedure forgot to say who may call it. */
export function assertEveryProcedureDeclaresAccess(router: AnyTRPCRouter): void {
  const missing = listProcedureAccess(router).filter((p) => !p.access);
  if (missing.length > 0) {
    throw new Error(`Các procedure sau chưa khai báo quyền truy cập: ${missing.map((p) => p.path).join(", ")}`);
  }
}

export async function publicTables(db: AnyKysely): Promise<Set<string>> {
  const result = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = current_schema()`.execute(db);
  return new Set(result.rows.map((r) => r.table_name));
}

/**
 * Migrates one plugin in its own history and refuses tables without its prefix (`<id>_`), naming the plugin and
 * the table: plugins cannot collide with the core or with each other.
 */
export async function migratePlugin(db: AnyKysely, plugin: Pick<AnyPlugin, "id" | "migrations">): Promise<string[]> {
  const before = await publicTables(db);
  const applied = await migrateOwner(db, plugin.id, plugin.migrations);
  const created = [...(await publicTables(db))].filter((t) => !before.has(t));
  const foreign = created.filter((t) => !t.startsWith(`${plugin.id}_`));
  if (foreign.length > 0) {
    throw new Error(`Plugin "${plugin.id}" đã tạo bảng không có tiền tố "${plugin.id}_": ${foreign.join(", ")}`);
  }
  return applied;
}
