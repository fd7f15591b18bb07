import { QueryCache, QueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";

/** Called when any call finds the session gone, so the shell can return to the sign-in page. */
let onSessionLost: () => void = () => {};
export function whenSessionLost(handler: () => void) {
  onSessionLost = handler;
}

const isUnauthorized = (error: unknown) =>
  error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "UNAUTHORIZED";

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => {
      if (isUnauthorized(error)) onSessionLost();
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal will not change by retrying; a network blip may.
      retry: (count, error) => (error instanceof TRPCClientError && error.data ? false : count < 2),
    },
  },
});
