import { Button, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "@pcmt/ui";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "../app/trpc";
import { ChangePasswordForm } from "./ChangePasswordForm";

/** Shown instead of the application while the password is one an administrator set. */
export function MustChangePasswordPage({ displayName }: { displayName: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const signOut = useMutation(trpc.auth.signOut.mutationOptions({ onSettled: () => window.location.assign("/") }));
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={480} radius="md">
        <Stack>
          <Title order={3}>{t("account.mustChangeTitle")}</Title>
          <Text size="sm">
            <b translate="no">{displayName}</b> — {t("account.mustChangeIntro")}
          </Text>
          <ChangePasswordForm />
          <Button variant="subtle" size="xs" w="fit-content" onClick={() => signOut.mutate()}>
            {t("auth.signOut")}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
