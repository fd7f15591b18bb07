import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { agencies, type Role, roleLabels, roles, UserDetails } from "@pcmt/domain";
import { describeError, useLanguage, useTranslation } from "@pcmt/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "../app/trpc";
import { useProvinceOptions } from "../places/useProvinceOptions";

export interface EditedUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agencyCode: string | null;
  provinceCode: string | null;
}

interface DetailsForm {
  displayName: string;
  role: Role;
  agencyCode: string | null;
  provinceCode: string | null;
}

/** An account's name, role, agency and province; a change of what the user may see ends their sessions. */
export function EditUserModal({ user, onClose, onSaved }: { user: EditedUser | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const provinceOptions = useProvinceOptions();
  const form = useForm<DetailsForm>({ initialValues: { displayName: "", role: "agency_officer", agencyCode: null, provinceCode: null } });
  const { setValues } = form;
  useEffect(() => {
    if (user) setValues({ displayName: user.displayName, role: user.role, agencyCode: user.agencyCode, provinceCode: user.provinceCode });
  }, [user, setValues]);
  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: ({ sessionsEnded }) => {
        notifications.show({ color: "green", message: sessionsEnded > 0 ? t("users.savedEnded", { count: sessionsEnded }) : t("users.saved") });
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
    <Modal opened={user !== null} onClose={onClose} title={t("users.editTitle", { username: user?.username ?? "" })}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput label={t("users.displayName")} {...form.getInputProps("displayName")} />
          <Select label={t("users.role")} data={roles.map((r) => ({ value: r, label: roleLabels[r][language] }))} allowDeselect={false} {...form.getInputProps("role")} />
          <Select label={t("users.agency")} clearable searchable data={agencies.map((a) => ({ value: a.code, label: language === "vi" ? a.nameVi : a.nameEn }))} {...form.getInputProps("agencyCode")} />
          <Select label={t("users.province")} clearable searchable data={provinceOptions} placeholder={t("users.national")} {...form.getInputProps("provinceCode")} />
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
