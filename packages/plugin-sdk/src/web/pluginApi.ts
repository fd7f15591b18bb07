import { useQueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, type TRPCLink } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { createTRPCOptionsProxy, type TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { useMemo } from "react";

/** The URL the shell serves tRPC on. */
export const trpcUrl = "/api/trpc";

/** Sends a plugin's calls to its namespace of the app router (`plugins.<id>.…`). */
function namespaceLink<TRouter extends AnyTRPCRouter>(namespace: string): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      next({ ...op, path: `${namespace}.${op.path}` });
}

/**
 * A typed tRPC client for one plugin's own router, without the plugin importing the app: the plugin names its
 * router type, calls go to `plugins.<id>.*`, and query keys are prefixed with the plugin id so two plugins'
 * procedures of the same name never share a cache entry. Queries use the shell's QueryClient.
 */
export function createPluginApi<TRouter extends AnyTRPCRouter>(pluginId: string) {
  const client = createTRPCClient<TRouter>({
    links: [
      namespaceLink<TRouter>(`plugins.${pluginId}`),
      httpBatchLink<AnyTRPCRouter>({ url: trpcUrl }) as TRPCLink<TRouter>,
    ],
  });
  return {
    client,
    usePluginApi(): TRPCOptionsProxy<TRouter, { keyPrefix: true }> {
      const queryClient = useQueryClient();
      return useMemo(
        () => createTRPCOptionsProxy<TRouter, { keyPrefix: true }>({ client, queryClient, keyPrefix: pluginId }),
        [queryClient],
      );
    },
  };
}
