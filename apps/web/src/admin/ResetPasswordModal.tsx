import { Alert, Button, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { describeError, useTranslation } from "@pcmt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";
import { DataSentence } from "../layout/AppLayout";

/** A temporary password for a user who lost theirs: their sessions end, and they choose their own at next sign-in. */
export function ResetPasswordModal({
  user,
  onClose,
  onReset,
}: {
  user: { id: string; username: string } | null;
  onClose: () => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [password, setPassword] = useState("");
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({
      onSuccess: ({ sessionsEnded }) => {
        const username = user?.username ?? "";
        notifications.show({
          color: "green",
          message: (
            <DataSentence
              sentence={(mark) => t("users.resetDone", { username: mark, count: sessionsEnded })}
              data={username}
            />
          ),
        });
        setPassword("");
        onReset();
        onClose();
      },
    }),
  );
  const error = reset.error ? describeError(reset.error, t("errors.network")) : null;
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={<DataSentence sentence={(username) => t("users.resetTitle", { username })} data={user?.username ?? ""} />}
    >
      <Stack>
        <Text size="sm">{t("users.resetIntro")}</Text>
        <PasswordInput
          label={t("users.temporaryPassword")}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="new-password"
          error={error?.fieldErrors.temporaryPassword}
        />
        {error && Object.keys(error.fieldErrors).length === 0 && (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        )}
        <Button
          onClick={() => user && reset.mutate({ userId: user.id, temporaryPassword: password })}
          loading={reset.isPending}
          disabled={!password}
        >
          {t("users.reset")}
        </Button>
      </Stack>
    </Modal>
  );
}
