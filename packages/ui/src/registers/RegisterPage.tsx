import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import {
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { agencyName, isAgencyCode } from "@pcmt/domain";
import { describeError } from "../errors/describeError";
import { ErrorAlert } from "../errors/ErrorAlert";
import { formatDate, formatNumber } from "../format/formatters";
import { type Language, useLanguage, useLocalized } from "../i18n/setupI18n";
import { useShell } from "../ShellContext";
import { emptyValues, type RegisterField, type RegisterValues, toInput } from "./RegisterField";

interface RegisterRowView extends RegisterValues {
  id: string;
  agencyCode: string;
  version: number;
}

/** What the page needs of a register declared with defineRegister (@pcmt/plugin-sdk/register): one declaration. */
export interface RegisterDisplay {
  title: { vi: string; en: string };
  formFields: RegisterField[];
  schema: z.ZodType;
}

/** The tRPC options proxy of a register made with createRegisterRouter (e.g. `api.clinics`). */
export interface RegisterProcedures {
  list: { queryOptions: () => unknown };
  create: { mutationOptions: () => unknown };
  update: { mutationOptions: () => unknown };
  remove: { mutationOptions: () => unknown };
  pathKey: () => QueryKey;
}

function displayValue(field: RegisterField, value: unknown, yes: string, no: string, language: Language): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field.kind === "boolean") return value ? yes : no;
  if (field.kind === "number") return formatNumber(Number(value));
  if (field.kind === "date") return formatDate(String(value));
  if (field.kind === "select") return field.options?.find((o) => o.value === value)?.label[language] ?? String(value);
  return String(value);
}

/** Text columns hold what people typed (names, addresses): data, not UI text, so kept from translation. */
const typedByPeople = (field: RegisterField) => field.kind === "text";

/** An agency register: the table of records with add, edit and delete for the agency's officers. */
export function RegisterPage({ register, procedures }: { register: RegisterDisplay; procedures: RegisterProcedures }) {
  const { title, formFields: fields, schema } = register;
  const { t } = useTranslation();
  const localize = useLocalized();
  const language = useLanguage();
  const { actor } = useShell();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<RegisterRowView | "new" | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const form = useForm<RegisterValues>({ initialValues: emptyValues(fields) });

  const list = useQuery(procedures.list.queryOptions() as UseQueryOptions<RegisterRowView[]>);
  const refresh = () => queryClient.invalidateQueries({ queryKey: procedures.pathKey() });
  const create = useMutation(
    procedures.create.mutationOptions() as UseMutationOptions<RegisterRowView, unknown, RegisterValues>,
  );
  const update = useMutation(
    procedures.update.mutationOptions() as UseMutationOptions<
      RegisterRowView,
      unknown,
      { id: string; expectedVersion: number; values: RegisterValues }
    >,
  );
  const remove = useMutation(
    procedures.remove.mutationOptions() as UseMutationOptions<{ id: string }, unknown, { id: string }>,
  );

  const canCreate = actor.role === "agency_officer";
  const canEdit = (row: RegisterRowView) =>
    actor.role === "admin" || (actor.role === "agency_officer" && row.agencyCode === actor.agencyCode);

  function open(row: RegisterRowView | "new") {
    setFormError(null);
    form.setValues(
      row === "new"
        ? emptyValues(fields)
        : Object.fromEntries(fields.map((f) => [f.name, row[f.name] ?? (f.kind === "date" ? "" : null)])),
    );
    form.clearErrors();
    setEditing(row);
  }

  async function submit(values: RegisterValues) {
    setFormError(null);
    const input = toInput(fields, values);
    const checked = schema.safeParse(input);
    if (!checked.success) {
      form.setErrors(Object.fromEntries(checked.error.issues.map((i) => [i.path.join("."), i.message])));
      return;
    }
    try {
      if (editing === "new") await create.mutateAsync(input);
      else if (editing) await update.mutateAsync({ id: editing.id, expectedVersion: editing.version, values: input });
      notifications.show({ color: "green", message: t("register.saved") });
      setEditing(null);
      await refresh();
    } catch (error) {
      const described = describeError(error, t("errors.network"));
      const prefix = editing === "new" ? "" : "values.";
      form.setErrors(
        Object.fromEntries(Object.entries(described.fieldErrors).map(([k, v]) => [k.replace(prefix, ""), v])),
      );
      setFormError(error);
    }
  }

  async function confirmRemove(row: RegisterRowView) {
    if (!window.confirm(t("register.confirmRemove"))) return;
    try {
      await remove.mutateAsync({ id: row.id });
      notifications.show({ color: "green", message: t("register.removed") });
      await refresh();
    } catch (error) {
      notifications.show({
        color: "red",
        title: t("errors.title"),
        message: describeError(error, t("errors.network")).message,
      });
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{localize(title)}</Title>
        {canCreate && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => open("new")}>
            {t("register.add")}
          </Button>
        )}
      </Group>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending && <Text c="dimmed">{t("common.loading")}</Text>}
      {list.data && (
        <>
          <Text c="dimmed" size="sm">
            {t("register.count", { count: list.data.length })}
          </Text>
          <Table striped highlightOnHover withTableBorder>
            <Table.Thead>
              <Table.Tr>
                {fields.map((f) => (
                  <Table.Th key={f.name}>{localize(f.label)}</Table.Th>
                ))}
                <Table.Th>{t("register.owner")}</Table.Th>
                <Table.Th>{t("register.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={fields.length + 2}>
                    <Text c="dimmed">{t("register.empty")}</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {list.data.map((row) => (
                <Table.Tr key={row.id}>
                  {fields.map((f) => (
                    <Table.Td key={f.name} translate={typedByPeople(f) ? "no" : undefined}>
                      {displayValue(f, row[f.name], t("register.yes"), t("register.no"), language)}
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Badge variant="light">
                      {isAgencyCode(row.agencyCode) ? agencyName(row.agencyCode, language) : row.agencyCode}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {canEdit(row) && (
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="subtle" aria-label={t("register.edit")} onClick={() => open(row)}>
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t("register.remove")}
                          onClick={() => confirmRemove(row)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={localize(title)} size="lg">
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack>
            {fields.map((f) => {
              const props = { key: f.name, label: localize(f.label), ...form.getInputProps(f.name) };
              if (f.kind === "number") return <NumberInput {...props} decimalSeparator="," thousandSeparator="." />;
              if (f.kind === "boolean")
                return <Checkbox {...props} {...form.getInputProps(f.name, { type: "checkbox" })} />;
              if (f.kind === "select")
                return (
                  <Select
                    {...props}
                    data={(f.options ?? []).map((o) => ({ value: o.value, label: localize(o.label) }))}
                    allowDeselect={false}
                  />
                );
              if (f.kind === "date") return <TextInput {...props} type="date" />;
              return <TextInput {...props} type="text" translate="no" />;
            })}
            {formError !== null && <ErrorAlert error={formError} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(null)}>
                {t("register.cancel")}
              </Button>
              <Button type="submit" loading={create.isPending || update.isPending}>
                {t("register.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
