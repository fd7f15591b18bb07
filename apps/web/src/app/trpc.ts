import type { AppRouter } from "@pcmt/api";
import { trpcUrl } from "@pcmt/plugin-sdk/web";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

/** The shell's typed client of the whole app router (plugins use their own, see createPluginApi). */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: trpcUrl })] });
