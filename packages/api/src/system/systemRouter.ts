import { type AnyPlugin, createRouter, procedures } from "@pcmt/plugin-sdk";

export interface EnabledPluginInfo {
  id: string;
  version: string;
  displayName: { vi: string; en: string };
  agencies: string[];
  consoleWidgets: { id: string; title: { vi: string; en: string } }[];
}

export const describePlugin = (p: AnyPlugin): EnabledPluginInfo => ({
  id: p.id,
  version: p.version,
  displayName: p.displayName,
  agencies: p.agencies,
  consoleWidgets: p.consoleWidgets,
});

export function createSystemRouter(plugins: readonly AnyPlugin[]) {
  const info = plugins.map(describePlugin);
  return createRouter({
    /** The enabled plugins, from which the shell builds its navigation. */
    plugins: procedures.signedIn().query(() => info),
  });
}
