import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { theme } from "@pcmt/ui";
import { QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, RouterProvider } from "react-router";
import { SessionGate } from "../session/SessionGate";
import { queryClient } from "./queryClient";
import { TRPCProvider, trpcClient } from "./trpc";

// A data router (not <BrowserRouter>): pages with unsaved changes can hold navigation (useBlocker). The product's
// routes stay declared as <Routes> under the session gate.
const router = createBrowserRouter([{ path: "*", element: <SessionGate /> }]);

export function App() {
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <RouterProvider router={router} />
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
