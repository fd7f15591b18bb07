import type { EnabledPluginInfo } from "@pcmt/api";
import type { Actor } from "@pcmt/domain";
import type { WebPluginDefinition } from "@pcmt/plugin-sdk/web";
import { useTranslation } from "@pcmt/ui";
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
  const { t } = useTranslation();
  const trpc = useTRPC();
  const enabled = useQuery(trpc.system.plugins.queryOptions());
  const visible = enabled.data ? pluginsVisibleTo(actor, enabled.data) : [];
  const entries = useQuery({
    queryKey: ["web-plugin-entries", visible.map((p) => p.id)],
    enabled: enabled.isSuccess,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async (): Promise<VisiblePlugin[]> =>
      Promise.all(
        visible.map(async (info) => {
          // The server runs a plugin this web build does not have: say so, instead of leaving it without a page.
          const load = (webPlugins as Record<string, (() => Promise<{ default: WebPluginDefinition }>) | undefined>)[
            info.id
          ];
          if (!load) throw new Error(t("shellPages.pluginWithoutWeb", { id: info.id }));
          return { info, web: (await load()).default };
        }),
      ),
  });
  return {
    plugins: entries.data ?? [],
    isPending: enabled.isPending || entries.isPending,
    error: enabled.error ?? entries.error,
  };
}
