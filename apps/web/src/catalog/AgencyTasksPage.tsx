import { Stack, Tabs, Text, Title } from "@mantine/core";
import { type AgencyCode, agencyName } from "@pcmt/domain";
import { ErrorAlert, useLanguage } from "@pcmt/ui";
import { useQueries } from "@tanstack/react-query";
import { useTRPC } from "../app/trpc";
import { TaskTable } from "./TaskTable";

/** The tasks the documents assign to these agencies, as lead and as coordinator. */
export function AgencyTasksPage({ agencies, title }: { agencies: AgencyCode[]; title?: string }) {
  const trpc = useTRPC();
  const language = useLanguage();
  const results = useQueries({ queries: agencies.map((code) => trpc.catalog.agency.queryOptions({ code })) });
  const error = results.find((r) => r.isError)?.error;
  if (error) return <ErrorAlert error={error} />;
  if (results.some((r) => !r.data)) return <Text c="dimmed">Đang tải…</Text>;
  const unique = <T extends { id: string }>(list: T[]) => [...new Map(list.map((t) => [t.id, t])).values()];
  const leads = unique(results.flatMap((r) => r.data?.leads ?? []));
  const coordinates = unique(results.flatMap((r) => r.data?.coordinates ?? [])).filter((t) => !leads.some((l) => l.id === t.id));
  return (
    <Stack>
      <Title order={2}>{title ?? `Nhiệm vụ được giao — ${agencies.map((a) => agencyName(a, language)).join(", ")}`}</Title>
      <Tabs defaultValue="leads">
        <Tabs.List>
          <Tabs.Tab value="leads">Chủ trì ({leads.length})</Tabs.Tab>
          <Tabs.Tab value="coordinates">Phối hợp ({coordinates.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="leads" pt="sm">
          <TaskTable tasks={leads} />
        </Tabs.Panel>
        <Tabs.Panel value="coordinates" pt="sm">
          <TaskTable tasks={coordinates} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
