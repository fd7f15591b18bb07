import { Anchor, Badge, Group, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { AgencyCode, agencyName, describeTarget, isAgencyCode } from "@pcmt/domain";
import { ErrorAlert, formatDate, useLanguage, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { Link, useParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { TaskTable } from "./TaskTable";

/** Everything an agency leads or coordinates across documents, its targets and its names over time. */
export function AgencyPage() {
  const { code = "" } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const parsed = AgencyCode.safeParse(code);
  const agency = useQuery({
    ...trpc.catalog.agency.queryOptions({ code: parsed.success ? parsed.data : "police" }),
    enabled: parsed.success,
  });
  const progress = useQuery({
    ...trpc.catalog.agencyProgress.queryOptions({ code: parsed.success ? parsed.data : "police" }),
    enabled: parsed.success,
  });
  // Where the tasks stand in the reader's province: shown when the reader may see the agency's reports.
  const states = progress.data && progress.data.length > 0 ? progress.data : undefined;
  if (!parsed.success) return <Text c="red">{t("catalogPages.agency.invalidCode", { code })}</Text>;
  if (agency.isError) return <ErrorAlert error={agency.error} />;
  if (!agency.data) return <Text c="dimmed">{t("common.loading")}</Text>;
  const a = agency.data;
  const nameOf = (c: string) => (isAgencyCode(c) ? agencyName(c, language) : c);
  return (
    <Stack>
      <div>
        <Title order={2}>{language === "vi" ? a.nameVi : a.nameEn}</Title>
        <Group gap="xs">
          {a.pluginId ? (
            <Badge component={Link} to={`/p/${a.pluginId}`} variant="light" style={{ cursor: "pointer" }}>
              {t("catalogPages.agency.openPlugin")}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              {t("catalogPages.agency.sharedWorkspace")}
            </Badge>
          )}
        </Group>
        {a.names.length > 0 && (
          <Text size="sm" c="dimmed">
            {t("catalogPages.agency.names")}{" "}
            {a.names.map((n, index) => (
              <Fragment key={`${n.name}-${n.validFrom ?? ""}-${n.validTo ?? ""}`}>
                {index > 0 && "; "}
                {/* The names the documents print: as they wrote them. */}
                <span translate="no">{n.name}</span>
                {n.validFrom ? ` (${t("catalogPages.agency.nameFrom", { date: formatDate(n.validFrom) })})` : ""}
                {n.validTo ? ` (${t("catalogPages.agency.nameTo", { date: formatDate(n.validTo) })})` : ""}
              </Fragment>
            ))}
          </Text>
        )}
        {a.successions.map((s) => (
          <Text key={`${s.from}-${s.to}-${s.function}`} size="sm" c="dimmed">
            <span translate="no">{s.function}</span>:{" "}
            {t("catalogPages.agency.succession", {
              from: nameOf(s.from),
              to: nameOf(s.to),
              date: formatDate(s.effectiveOn),
            })}
          </Text>
        ))}
      </div>
      <Tabs defaultValue="leads">
        <Tabs.List>
          <Tabs.Tab value="leads">{t("catalogPages.leadsTab", { count: a.leads.length })}</Tabs.Tab>
          <Tabs.Tab value="coordinates">{t("catalogPages.coordinatesTab", { count: a.coordinates.length })}</Tabs.Tab>
          <Tabs.Tab value="indicators">{t("catalogPages.indicatorsTab", { count: a.indicators.length })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="leads" pt="sm">
          <TaskTable tasks={a.leads} states={states} />
        </Tabs.Panel>
        <Tabs.Panel value="coordinates" pt="sm">
          <TaskTable tasks={a.coordinates} states={states} />
        </Tabs.Panel>
        <Tabs.Panel value="indicators" pt="sm">
          <Table withTableBorder striped>
            <Table.Tbody>
              {a.indicators.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/indicators/${encodeURIComponent(i.id)}`} translate="no">
                      {i.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{describeTarget(i, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
