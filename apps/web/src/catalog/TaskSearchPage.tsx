import { Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { agencies } from "@pcmt/domain";
import { ErrorAlert, useLanguage, useTranslation } from "@pcmt/ui";
import { IconSearch } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { TaskTable } from "./TaskTable";

const deadlineKinds = ["fixed", "recurring", "by", "continuous", "all", "none"] as const;

/** Search across every document's tasks by words (accents optional) and filter by agency, document, deadline. */
export function TaskSearchPage() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const text = params.get("q") ?? "";
  const agency = params.get("agency");
  const documentSlug = params.get("document");
  const deadlineKind = params.get("deadline");
  const role = (params.get("role") ?? "any") as "any" | "lead" | "coordinating";
  const [debouncedText] = useDebouncedValue(text, 250);
  const documents = useQuery(trpc.catalog.documents.queryOptions());
  const results = useQuery({
    ...trpc.catalog.searchTasks.queryOptions({
      text: debouncedText || undefined,
      agency: (agency ?? undefined) as never,
      role,
      documentSlug: documentSlug ?? undefined,
      deadlineKind: (deadlineKind ?? undefined) as never,
    }),
    placeholderData: keepPreviousData,
  });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <Stack>
      <Title order={2}>{t("catalogPages.search.title")}</Title>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("catalogPages.search.text")}
          placeholder={t("catalogPages.search.textPlaceholder")}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => set("q", e.currentTarget.value)}
          w={280}
        />
        <Select
          label={t("catalogPages.search.agency")}
          searchable
          clearable
          value={agency}
          onChange={(v) => set("agency", v)}
          data={agencies.map((a) => ({ value: a.code, label: language === "vi" ? a.nameVi : a.nameEn }))}
          w={260}
        />
        <Select
          label={t("catalogPages.search.role")}
          value={role}
          onChange={(v) => set("role", v === "any" ? null : v)}
          allowDeselect={false}
          data={[
            { value: "any", label: t("catalogPages.search.roleAny") },
            { value: "lead", label: t("catalogPages.search.roleLead") },
            { value: "coordinating", label: t("catalogPages.search.roleCoordinating") },
          ]}
          w={200}
        />
        <Select
          label={t("catalogPages.search.document")}
          clearable
          value={documentSlug}
          onChange={(v) => set("document", v)}
          data={(documents.data ?? []).map((d) => ({ value: d.slug, label: d.number ?? d.title.slice(0, 50) }))}
          // The documents' numbers and titles are theirs: as written.
          renderOption={({ option }) => <span translate="no">{option.label}</span>}
          w={240}
        />
        <Select
          label={t("catalogPages.search.deadline")}
          clearable
          value={deadlineKind}
          onChange={(v) => set("deadline", v)}
          data={deadlineKinds.map((kind) => ({ value: kind, label: t(`catalogPages.search.deadlineKinds.${kind}`) }))}
          w={170}
        />
      </Group>
      {results.isError && <ErrorAlert error={results.error} />}
      {results.data && (
        <>
          <Text size="sm" c="dimmed" data-testid="result-count">
            {t("catalogPages.search.count", { count: results.data.length })}
          </Text>
          <TaskTable tasks={results.data} />
        </>
      )}
    </Stack>
  );
}
