import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type Role, UserDetails } from "@pcmt/domain";
import { describeError, useTranslation } from "@pcmt/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "../app/trpc";
import { DataSentence } from "../layout/AppLayout";
import { AccountScopeFields } from "./AccountScopeFields";

export interface EditedUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  agencyCode: string | null;
  provinceCode: string | null;
}

interface DetailsForm {
  displayName: string;
  email: string;
  role: Role;
  agencyCode: string | null;
  provinceCode: string | null;
}

/** An account's name, role, agency and province; a change of what the user may see ends their sessions. */
export function EditUserModal({
  user,
  onClose,
  onSaved,
}: {
  user: EditedUser | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useForm<DetailsForm>({
    initialValues: { displayName: "", email: "", role: "agency_officer", agencyCode: null, provinceCode: null },
  });
  const { setValues } = form;
  useEffect(() => {
    if (user)
      setValues({
        displayName: user.displayName,
        email: user.email ?? "",
        role: user.role,
        agencyCode: user.agencyCode,
        provinceCode: user.provinceCode,
      });
  }, [user, setValues]);
  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: ({ sessionsEnded }) => {
        notifications.show({
          color: "green",
          message: sessionsEnded > 0 ? t("users.savedEnded", { count: sessionsEnded }) : t("users.saved"),
        });
        onSaved();
        onClose();
      },
    }),
  );
  function submit(values: DetailsForm) {
    const checked = UserDetails.safeParse(values);
    if (!checked.success) {
      form.setErrors(Object.fromEntries(checked.error.issues.map((i) => [i.path.join("."), i.message])));
      return;
    }
    if (user) update.mutate({ userId: user.id, details: checked.data });
  }
  const error = update.error ? describeError(update.error, t("errors.network")) : null;
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={<DataSentence sentence={(username) => t("users.editTitle", { username })} data={user?.username ?? ""} />}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput label={t("users.displayName")} translate="no" {...form.getInputProps("displayName")} />
          <TextInput
            label={t("users.email")}
            description={t("users.emailHint")}
            type="email"
            translate="no"
            {...form.getInputProps("email")}
          />
          <AccountScopeFields inputProps={(field) => form.getInputProps(field)} />
          <Text size="xs" c="dimmed">
            {t("users.editHint")}
          </Text>
          {error && <Alert color="red">{error.message}</Alert>}
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t("register.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
