import { type AnyPlugin, createRouter } from "@pcmt/plugin-sdk";
import { createAuthRouter } from "../auth/authRouter";
import { catalogRouter } from "../catalog/catalogRouter";
import { consoleRouter } from "../console/consoleRouter";
import { commentsRouter } from "../comments/commentsRouter";
import { dataEntryRouter } from "../dataEntry/dataEntryRouter";
import { documentIntakeRouter } from "../documentIntake/documentIntakeRouter";
import { notificationsRouter } from "../notifications/notificationsRouter";
import { reportsRouter } from "../reports/reportsRouter";
import type { SessionPolicy } from "../auth/sessionStore";
import { createSystemRouter } from "../system/systemRouter";
import { usersRouter } from "../users/usersRouter";
import { type InstalledPlugin, installedPlugins } from "./installedPlugins";

/** `plugins.<id>` → that plugin's router, typed from the static list of installed plugins. */
type PluginRouters = { [P in InstalledPlugin as P["id"]]: P["router"] };

/**
 * The app router: core routers plus a namespace per plugin. Its type always holds every installed plugin, so the
 * web client is fully typed; at run time only the enabled plugins are mounted, and a call to a disabled one
 * answers NOT_FOUND.
 */
export function createAppRouter(options: { plugins: readonly AnyPlugin[]; sessionPolicy: SessionPolicy }) {
  const pluginRouters = Object.fromEntries(options.plugins.map((p) => [p.id, p.router])) as PluginRouters;
  return createRouter({
    auth: createAuthRouter(options.sessionPolicy),
    users: usersRouter,
    catalog: catalogRouter,
    console: consoleRouter,
    comments: commentsRouter,
    dataEntry: dataEntryRouter,
    documentIntake: documentIntakeRouter,
    notifications: notificationsRouter,
    reports: reportsRouter,
    system: createSystemRouter(options.plugins),
    plugins: createRouter(pluginRouters),
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;
export { installedPlugins };
