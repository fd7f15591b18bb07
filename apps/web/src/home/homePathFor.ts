import type { Actor } from "@pcmt/domain";
import { pluginTasksPath } from "../plugins/PluginPage";
import type { VisiblePlugin } from "../plugins/useVisiblePlugins";

/**
 * Where each role lands: an officer in its agency's plugin (or the generic workspace when the agency has none),
 * the committee and the standing office in the console, an administrator in user management.
 */
export function homePathFor(actor: Actor, plugins: VisiblePlugin[]): string {
  if (actor.role === "agency_officer") {
    const own = plugins[0];
    return own ? `/p/${own.info.id}/${pluginTasksPath}` : "/workspace";
  }
  if (actor.role === "admin") return "/admin/users";
  if (actor.role === "standing_office") return "/desk";
  return "/console";
}
