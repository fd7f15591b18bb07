import type { EnabledPluginInfo } from "@pcmt/api";
import type { Actor } from "@pcmt/domain";
import type { WebPluginDefinition } from "@pcmt/plugin-sdk/web";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../app/trpc";
import { webPlugins } from "./webPlugins";

export interface VisiblePlugin {
  info: EnabledPluginInfo;
  web: WebPluginDefinition;
}

/** An officer sees the plugins serving its agency; oversight roles and administrators see every enabled plugin. */
export function pluginsVisibleTo(actor: Actor, enabled: EnabledPluginInfo[]): EnabledPluginInfo[] {
  if (actor.role !== "agency_officer") return enabled;
  return enabled.filter((p) => actor.agencyCode !== null && p.agencies.includes(actor.agencyCode));
}

/** The enabled plugins this user may see, with their web entries loaded. */
export function useVisiblePlugins(actor: Actor) {
  const trpc = useTRPC();
  const enabled = useQuery(trpc.system.plugins.queryOptions());
  const visible = enabled.data ? pluginsVisibleTo(actor, enabled.data) : [];
  const entries = useQuery({
    queryKey: ["web-plugin-entries", visible.map((p) => p.id)],
    enabled: enabled.isSuccess,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async (): Promise<VisiblePlugin[]> =>
      Promise.all(
        visible
          .filter((info) => webPlugins[info.id])
          .map(async (info) => ({ info, web: (await webPlugins[info.id]!()).default })),
      ),
  });
  return {
    plugins: entries.data ?? [],
    isPending: enabled.isPending || entries.isPending,
    error: enabled.error ?? entries.error,
  };
}
