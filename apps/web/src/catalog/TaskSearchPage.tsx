import { Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { agencies } from "@pcmt/domain";
import { ErrorAlert, useLanguage } from "@pcmt/ui";
import { IconSearch } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { TaskTable } from "./TaskTable";

const deadlineKinds = [
  { value: "fixed", label: "Ngày cụ thể" },
  { value: "recurring", label: "Định kỳ" },
  { value: "by", label: "Đến hết kỳ" },
  { value: "continuous", label: "Thường xuyên" },
  { value: "all", label: "Nhiều thời hạn" },
  { value: "none", label: "Không nêu" },
];

/** Search across every document's tasks by words (accents optional) and filter by agency, document, deadline. */
export function TaskSearchPage() {
  const trpc = useTRPC();
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
      <Title order={2}>Tra cứu nhiệm vụ</Title>
      <Group align="flex-end" wrap="wrap">
        <TextInput label="Nội dung" placeholder="ví dụ: cai nghiện, Methadone" leftSection={<IconSearch size={16} />} value={text} onChange={(e) => set("q", e.currentTarget.value)} w={280} />
        <Select label="Cơ quan" searchable clearable value={agency} onChange={(v) => set("agency", v)} data={agencies.map((a) => ({ value: a.code, label: language === "vi" ? a.nameVi : a.nameEn }))} w={260} />
        <Select
          label="Vai trò"
          value={role}
          onChange={(v) => set("role", v === "any" ? null : v)}
          allowDeselect={false}
          data={[
            { value: "any", label: "Chủ trì hoặc phối hợp" },
            { value: "lead", label: "Chủ trì" },
            { value: "coordinating", label: "Phối hợp" },
          ]}
          w={200}
        />
        <Select label="Văn bản" clearable value={documentSlug} onChange={(v) => set("document", v)} data={(documents.data ?? []).map((d) => ({ value: d.slug, label: d.number ?? d.title.slice(0, 50) }))} w={240} />
        <Select label="Thời hạn" clearable value={deadlineKind} onChange={(v) => set("deadline", v)} data={deadlineKinds} w={170} />
      </Group>
      {results.isError && <ErrorAlert error={results.error} />}
      {results.data && (
        <>
          <Text size="sm" c="dimmed" data-testid="result-count">
            {results.data.length} nhiệm vụ
          </Text>
          <TaskTable tasks={results.data} />
        </>
      )}
    </Stack>
  );
}
