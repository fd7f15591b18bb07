import type { WebPluginDefinition } from "@pcmt/plugin-sdk/web";

/**
 * The web entries of the installed plugins, imported lazily: the shell loads only the entries of the enabled
 * plugins the user may see, and each entry loads its pages only when they are opened.
 * `pnpm new-plugin <id>` adds a line here.
 */
export const webPlugins: Record<string, () => Promise<{ default: WebPluginDefinition }>> = {
  police: () => import("@pcmt/plugin-police/web"),
  health: () => import("@pcmt/plugin-health/web"),
  labour: () => import("@pcmt/plugin-labour/web"),
  education: () => import("@pcmt/plugin-education/web"),
  customs: () => import("@pcmt/plugin-customs/web"),
  agriculture: () => import("@pcmt/plugin-agriculture/web"),
};
