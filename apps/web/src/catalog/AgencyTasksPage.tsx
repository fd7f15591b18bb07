import { Stack, Tabs, Text, Title } from "@mantine/core";
import { type AgencyCode, agencyName } from "@pcmt/domain";
import { ErrorAlert, useLanguage, useTranslation } from "@pcmt/ui";
import { useQueries } from "@tanstack/react-query";
import { useTRPC } from "../app/trpc";
import { TaskTable } from "./TaskTable";

/** The tasks the documents assign to these agencies, as lead and as coordinator. */
export function AgencyTasksPage({ agencies, title }: { agencies: AgencyCode[]; title?: string }) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const language = useLanguage();
  const results = useQueries({ queries: agencies.map((code) => trpc.catalog.agency.queryOptions({ code })) });
  const error = results.find((r) => r.isError)?.error;
  if (error) return <ErrorAlert error={error} />;
  if (results.some((r) => !r.data)) return <Text c="dimmed">{t("common.loading")}</Text>;
  const unique = <T extends { id: string }>(list: T[]) => [...new Map(list.map((x) => [x.id, x])).values()];
  const leads = unique(results.flatMap((r) => r.data?.leads ?? []));
  const coordinates = unique(results.flatMap((r) => r.data?.coordinates ?? [])).filter(
    (x) => !leads.some((l) => l.id === x.id),
  );
  return (
    <Stack>
      <Title order={2}>
        {title ??
          t("catalogPages.agencyTasks.title", { agencies: agencies.map((a) => agencyName(a, language)).join(", ") })}
      </Title>
      <Tabs defaultValue="leads">
        <Tabs.List>
          <Tabs.Tab value="leads">{t("catalogPages.leadsTab", { count: leads.length })}</Tabs.Tab>
          <Tabs.Tab value="coordinates">{t("catalogPages.coordinatesTab", { count: coordinates.length })}</Tabs.Tab>
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
