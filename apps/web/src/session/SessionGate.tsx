import { Center, Loader } from "@mantine/core";
import { ShellContext, useLanguage } from "@pcmt/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { whenSessionLost } from "../app/queryClient";
import { useTRPC } from "../app/trpc";
import { AppRoutes } from "../app/AppRoutes";
import { MustChangePasswordPage } from "../account/MustChangePasswordPage";
import { SignInPage } from "./SignInPage";

/** Shows the sign-in page until someone is signed in, then the application. */
export function SessionGate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const language = useLanguage();
  const me = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    whenSessionLost(() => {
      setExpired(true);
      queryClient.setQueryData(trpc.auth.me.queryKey(), null);
    });
  }, [queryClient, trpc]);

  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!me.data) return <SignInPage expired={expired} onSignedIn={() => setExpired(false)} />;
  // A password an administrator set is changed before anything else (the server refuses everything else meanwhile).
  if (me.data.mustChangePassword) return <MustChangePasswordPage displayName={me.data.displayName} />;
  return (
    <ShellContext.Provider value={{ actor: me.data, language }}>
      <AppRoutes actor={me.data} />
    </ShellContext.Provider>
  );
}
