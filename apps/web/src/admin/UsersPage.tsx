import {
  Badge,
  Button,
  Group,
  Modal,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { agencyName, isAgencyCode, NewUser, type Role, roleLabels } from "@pcmt/domain";
import { describeError, ErrorAlert, formatDateTime, useLanguage, useTranslation } from "@pcmt/ui";
import { IconPlus } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";
import { DataSentence, useProvinceLabel } from "../layout/AppLayout";
import { AccountScopeFields } from "./AccountScopeFields";
import { EditUserModal, type EditedUser } from "./EditUserModal";
import { LockUserModal } from "./LockUserModal";
import { ResetPasswordModal } from "./ResetPasswordModal";

interface UserForm {
  username: string;
  displayName: string;
  email: string;
  password: string;
  role: Role;
  agencyCode: string | null;
  provinceCode: string | null;
}

/** Administrators list accounts, create them and lock or unlock them. */
export function UsersPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinceLabel = useProvinceLabel();
  const agencyLabel = (code: string) => (isAgencyCode(code) ? agencyName(code, language) : code);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [resetting, setResetting] = useState<{ id: string; username: string } | null>(null);
  const [editing, setEditing] = useState<EditedUser | null>(null);
  const [locking, setLocking] = useState<{ id: string; username: string } | null>(null);
  const [search, setSearch] = useState("");
  const users = useQuery(trpc.users.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const create = useMutation(trpc.users.create.mutationOptions());
  const setActive = useMutation(trpc.users.setActive.mutationOptions({ onSuccess: refresh }));
  const form = useForm<UserForm>({
    initialValues: {
      username: "",
      displayName: "",
      email: "",
      password: "",
      role: "agency_officer",
      agencyCode: null,
      provinceCode: null,
    },
  });

  async function submit(values: UserForm) {
    const checked = NewUser.safeParse(values);
    if (!checked.success) {
      form.setErrors(Object.fromEntries(checked.error.issues.map((i) => [i.path.join("."), i.message])));
      return;
    }
    try {
      const created = await create.mutateAsync(checked.data);
      notifications.show({
        color: "green",
        message: <DataSentence sentence={(username) => t("users.created", { username })} data={created.username} />,
      });
      setOpened(false);
      form.reset();
      await refresh();
    } catch (error) {
      form.setErrors(describeError(error, t("errors.network")).fieldErrors);
    }
  }

  const words = search.trim().toLocaleLowerCase("vi").split(/\s+/).filter(Boolean);
  const shown = (users.data ?? []).filter((u) => {
    const text = [
      u.username,
      u.displayName,
      u.email ?? "",
      roleLabels[u.role][language],
      u.agencyCode ? agencyLabel(u.agencyCode) : "",
      u.provinceCode ? provinceLabel(u.provinceCode) : "",
    ]
      .join(" ")
      .toLocaleLowerCase("vi");
    return words.every((w) => text.includes(w));
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("users.title")}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setOpened(true)}>
          {t("users.create")}
        </Button>
      </Group>
      {users.isError && <ErrorAlert error={users.error} />}
      <TextInput
        placeholder={t("users.search")}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={400}
        aria-label={t("users.search")}
      />
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("users.username")}</Table.Th>
            <Table.Th>{t("users.displayName")}</Table.Th>
            <Table.Th>{t("users.role")}</Table.Th>
            <Table.Th>{t("users.agency")}</Table.Th>
            <Table.Th>{t("users.province")}</Table.Th>
            <Table.Th>{t("users.lastSignIn")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td translate="no">{user.username}</Table.Td>
              <Table.Td translate="no">
                {user.displayName}
                {user.email && (
                  <Text size="xs" c="dimmed">
                    {user.email}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{roleLabels[user.role][language]}</Table.Td>
              <Table.Td>{user.agencyCode ? agencyLabel(user.agencyCode) : "—"}</Table.Td>
              <Table.Td translate={user.provinceCode ? "no" : undefined}>
                {user.provinceCode ? provinceLabel(user.provinceCode) : t("users.national")}
              </Table.Td>
              <Table.Td>{user.lastSignedInAt ? formatDateTime(user.lastSignedInAt) : t("users.never")}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {/* The reason for a lock is what the administrator typed: data, kept from translation. */}
                  <Tooltip
                    label={<span translate="no">{user.lockedReason}</span>}
                    disabled={!user.lockedReason}
                    multiline
                    maw={320}
                  >
                    <Badge color={user.active ? "green" : "gray"}>
                      {user.active ? t("users.active") : t("users.locked")}
                    </Badge>
                  </Tooltip>
                  {user.mustChangePassword && <Badge color="yellow">{t("users.mustChange")}</Badge>}
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() =>
                      setEditing({
                        id: user.id,
                        username: user.username,
                        displayName: user.displayName,
                        email: user.email,
                        role: user.role,
                        agencyCode: user.agencyCode,
                        provinceCode: user.provinceCode,
                      })
                    }
                  >
                    {t("register.edit")}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color={user.active ? "red" : "green"}
                    onClick={() =>
                      user.active
                        ? setLocking({ id: user.id, username: user.username })
                        : setActive.mutate({ userId: user.id, active: true })
                    }
                  >
                    {user.active ? t("users.lock") : t("users.unlock")}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => setResetting({ id: user.id, username: user.username })}
                  >
                    {t("users.reset")}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {setActive.error && <ErrorAlert error={setActive.error} />}
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} onReset={() => void refresh()} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} onSaved={() => void refresh()} />
      <LockUserModal user={locking} onClose={() => setLocking(null)} onLocked={() => void refresh()} />
      <Modal opened={opened} onClose={() => setOpened(false)} title={t("users.create")}>
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack>
            <TextInput label={t("users.username")} translate="no" {...form.getInputProps("username")} />
            <TextInput label={t("users.displayName")} translate="no" {...form.getInputProps("displayName")} />
            <TextInput
              label={t("users.email")}
              description={t("users.emailHint")}
              type="email"
              translate="no"
              {...form.getInputProps("email")}
            />
            <PasswordInput label={t("users.password")} {...form.getInputProps("password")} />
            <AccountScopeFields inputProps={(field) => form.getInputProps(field)} />
            {create.error && Object.keys(describeError(create.error, "").fieldErrors).length === 0 && (
              <ErrorAlert error={create.error} />
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending}>
                {t("register.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {users.data && (
        <Text size="xs" c="dimmed">
          {t("users.count", { count: shown.length })}
        </Text>
      )}
    </Stack>
  );
}
