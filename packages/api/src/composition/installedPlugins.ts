/**
 * Every plugin this build knows: the one list, generated from plugins/ (`pnpm plugins:sync`) in
 * @pcmt/installed-plugins. Static imports, so TypeScript sees each router (cal.com's lesson: a registry merged at
 * run time loses the types). Which of them run is configuration: PCMT_PLUGINS.
 */
export { installedPlugins, type InstalledPlugin, type InstalledPluginId } from "@pcmt/installed-plugins/server";
