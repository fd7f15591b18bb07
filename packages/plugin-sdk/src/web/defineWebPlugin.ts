import type { Role } from "@pcmt/domain";
import type { ComponentType } from "react";

export interface LocalizedLabel {
  vi: string;
  en: string;
}

/** One entry of the shell's navigation; `path` is relative to the plugin's base path `/p/<id>`. */
export interface PluginNavItem {
  path: string;
  label: LocalizedLabel;
  icon?: ComponentType<{ size?: number | string; stroke?: number }>;
  /** Roles that see this entry; by default the plugin's own officers and the oversight roles. */
  roles?: Role[];
}

export interface PluginRoute {
  /** Relative to `/p/<id>`; "" is the plugin's home page. */
  path: string;
  /** Use React.lazy(() => import("./pages/…")) so a page's code loads only when it is opened. */
  component: ComponentType;
}

/** The web side of a plugin: what the shell needs to put it in the navigation and render its pages. */
export interface WebPluginDefinition<TId extends string = string> {
  id: TId;
  navigation: PluginNavItem[];
  routes: PluginRoute[];
  /** Components for the console widgets declared in the server manifest, by widget id. */
  consoleWidgets?: Record<string, ComponentType>;
}

export function defineWebPlugin<const TId extends string>(
  definition: WebPluginDefinition<TId>,
): WebPluginDefinition<TId> {
  return definition;
}
