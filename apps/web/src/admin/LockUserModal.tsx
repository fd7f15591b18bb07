import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { describeError, useTranslation } from "@pcmt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";
import { DataSentence } from "../layout/AppLayout";

/** Locking asks why and confirms: the user's sessions end at once, the reason is kept and audited. */
export function LockUserModal({
  user,
  onClose,
  onLocked,
}: {
  user: { id: string; username: string } | null;
  onClose: () => void;
  onLocked: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  const lock = useMutation(
    trpc.users.setActive.mutationOptions({
      onSuccess: () => {
        const username = user?.username ?? "";
        notifications.show({
          color: "green",
          message: <DataSentence sentence={(mark) => t("users.lockedDone", { username: mark })} data={username} />,
        });
        setReason("");
        onLocked();
        onClose();
      },
    }),
  );
  const error = lock.error ? describeError(lock.error, t("errors.network")) : null;
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={<DataSentence sentence={(username) => t("users.lockTitle", { username })} data={user?.username ?? ""} />}
    >
      <Stack>
        <Text size="sm">{t("users.lockIntro")}</Text>
        <Textarea
          label={t("users.lockReason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {error && <Alert color="red">{error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("register.cancel")}
          </Button>
          <Button
            color="red"
            loading={lock.isPending}
            onClick={() => user && lock.mutate({ userId: user.id, active: false, reason })}
          >
            {t("users.lock")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
