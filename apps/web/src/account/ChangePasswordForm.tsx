import { Alert, Button, PasswordInput, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { describeError, useTranslation } from "@pcmt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../app/trpc";

/** The current password, the new one twice; the server judges its strength and says why it refuses one. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    validate: { confirmPassword: (value, values) => (value === values.newPassword ? null : t("account.mismatch")) },
  });
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async ({ otherSessionsEnded }) => {
        form.reset();
        notifications.show({
          color: "green",
          message:
            otherSessionsEnded > 0
              ? t("account.changedEndedOthers", { count: otherSessionsEnded })
              : t("account.changed"),
        });
        await queryClient.invalidateQueries({ queryKey: trpc.auth.pathKey() });
        onChanged?.();
      },
    }),
  );
  const error = change.error ? describeError(change.error, t("errors.network")) : null;
  return (
    <form
      onSubmit={form.onSubmit(({ currentPassword, newPassword }) => change.mutate({ currentPassword, newPassword }))}
      noValidate
    >
      <Stack maw={440}>
        <PasswordInput
          label={t("account.currentPassword")}
          autoComplete="current-password"
          required
          {...form.getInputProps("currentPassword")}
          error={error?.fieldErrors.currentPassword}
        />
        <PasswordInput
          label={t("account.newPassword")}
          autoComplete="new-password"
          required
          {...form.getInputProps("newPassword")}
          error={error?.fieldErrors.newPassword}
        />
        <PasswordInput
          label={t("account.confirmPassword")}
          autoComplete="new-password"
          required
          {...form.getInputProps("confirmPassword")}
        />
        <Text size="xs" c="dimmed">
          {t("account.passwordHint")}
        </Text>
        {error && Object.keys(error.fieldErrors).length === 0 && (
          <Alert color="red" role="alert" data-testid="password-error">
            {error.message}
          </Alert>
        )}
        <Button type="submit" loading={change.isPending} w="fit-content">
          {t("account.changePassword")}
        </Button>
      </Stack>
    </form>
  );
}
