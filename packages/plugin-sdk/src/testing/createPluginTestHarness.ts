import { randomUUID } from "node:crypto";
import { coreMigrations, migrateOwner, openDatabase } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import { createTestDatabase, type TestEngine } from "@pcmt/testing";
import type { AnyTRPCRouter } from "@trpc/server";
import pino from "pino";
import { validatePluginManifest } from "../manifest/PluginManifest";
import type { PluginDefinition } from "../server/definePlugin";
import { assertEveryProcedureDeclaresAccess, migratePlugin } from "../server/pluginChecks";
import type { RequestContext } from "../server/RequestContext";
import { createCallerFactory } from "../server/trpc";

export type ActorSpec = Pick<Actor, "role"> & Partial<Omit<Actor, "role">>;

/**
 * A fresh database with the core and this plugin migrated, and typed callers of the plugin's router:
 *
 *   const harness = await createPluginTestHarness(healthPlugin, { engine });
 *   const officer = harness.as({ role: "agency_officer", agencyCode: "health" });
 */
export async function createPluginTestHarness<TRouter extends AnyTRPCRouter>(
  plugin: PluginDefinition<string, TRouter>,
  options: {
    engine?: TestEngine;
    /** Only for the SDK's own tests of what happens at call time to a procedure start-up would have refused. */
    skipStartupChecks?: boolean;
  } = {},
) {
  // What start-up checks, before anything else: a plugin that passes its tests also starts.
  if (!options.skipStartupChecks) {
    validatePluginManifest(plugin);
    assertEveryProcedureDeclaresAccess(plugin.router);
  }
  const testDb = await createTestDatabase(options.engine ?? "pglite");
  const database = await openDatabase(testDb.config);
  await migrateOwner(database.db, "core", coreMigrations);
  await migratePlugin(database.db, plugin);
  const callerFor = createCallerFactory<TRouter["_def"]["record"]>(plugin.router);
  const log = pino({ level: "silent" });

  function contextFor(actor: Actor | null): RequestContext {
    return {
      db: database.db,
      actor,
      requestId: `test-${randomUUID()}`,
      log,
      enabledPlugins: new Set([plugin.id]),
      session: { token: null, set() {}, clear() {} },
      clientIp: "127.0.0.1",
    };
  }

  return {
    db: database.db,
    engine: database.kind,
    /** A caller acting as this user; unspecified fields get the values of a Thái Nguyên user. */
    as(spec: ActorSpec) {
      const actor: Actor = {
        userId: randomUUID(),
        username: spec.username ?? `${spec.role}-${spec.agencyCode ?? "x"}`,
        displayName: spec.displayName ?? "Người dùng thử nghiệm",
        agencyCode: null,
        provinceCode: "thai_nguyen",
        ...spec,
      };
      return callerFor(contextFor(actor));
    },
    /** A caller that has not signed in. */
    anonymous() {
      return callerFor(contextFor(null));
    },
    async close() {
      await database.close();
      await testDb.drop();
    },
  };
}
