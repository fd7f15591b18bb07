import { agriculturePlugin } from "@pcmt/plugin-agriculture/server";
import { customsPlugin } from "@pcmt/plugin-customs/server";
import { educationPlugin } from "@pcmt/plugin-education/server";
import { healthPlugin } from "@pcmt/plugin-health/server";
import { labourPlugin } from "@pcmt/plugin-labour/server";
import { policePlugin } from "@pcmt/plugin-police/server";

/**
 * Every plugin this build knows, as static imports so TypeScript sees each router (cal.com's lesson: a registry
 * merged at run time loses the types). Which of them run is configuration: PCMT_PLUGINS.
 * `pnpm new-plugin <id>` adds a line here.
 */
export const installedPlugins = [
  policePlugin,
  healthPlugin,
  labourPlugin,
  educationPlugin,
  customsPlugin,
  agriculturePlugin,
] as const;

export type InstalledPlugin = (typeof installedPlugins)[number];
export type InstalledPluginId = InstalledPlugin["id"];
