import {
  assertEveryProcedureDeclaresAccess,
  createAppRouter,
  databaseEvidenceStore,
  directoryEvidenceStore,
  type EvidenceStore,
  installedPlugins,
  loadCatalog,
  type MigrationReport,
  migratePlatform,
  selectPlugins,
} from "@pcmt/api";
import { type Database, openDatabase } from "@pcmt/db";
import type { AnyPlugin } from "@pcmt/plugin-sdk";
import type { ServerConfig } from "../config/serverConfig";

export interface Platform {
  database: Database;
  evidenceStore: EvidenceStore;
  plugins: AnyPlugin[];
  router: ReturnType<typeof createAppRouter>;
  migrations: MigrationReport[];
}

/**
 * Everything before serving: pick and validate the plugins (a bad manifest stops here, naming the plugin and the
 * field), open the database, bring the core and each plugin's tables up to date, compose the app router and check
 * that every procedure says who may call it.
 */
export async function startPlatform(
  config: Pick<ServerConfig, "database" | "pluginSetting" | "sessionPolicy" | "evidenceDir">,
): Promise<Platform> {
  const plugins = selectPlugins<AnyPlugin>(installedPlugins, config.pluginSetting);
  const evidenceStore = config.evidenceDir ? directoryEvidenceStore(config.evidenceDir) : databaseEvidenceStore;
  const router = createAppRouter({ plugins, sessionPolicy: config.sessionPolicy });
  assertEveryProcedureDeclaresAccess(router);
  const database = await openDatabase(config.database);
  try {
    const migrations = await migratePlatform(database.db, plugins);
    // The catalog is repository data: reloaded at every start, with stable ids, against all installed plugins so
    // that a task's owner does not depend on which plugins this process enables.
    await loadCatalog(database.db, installedPlugins);
    return { database, evidenceStore, plugins, router, migrations };
  } catch (error) {
    await database.close();
    throw error;
  }
}
