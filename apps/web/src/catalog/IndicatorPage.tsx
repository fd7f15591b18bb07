import { Anchor, Card, Stack, Table, Text, Title } from "@mantine/core";
import { defaultMinCompleteness, describeTarget } from "@pcmt/domain";
import { ErrorAlert, useLanguage, useShell, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { AgencyBadges } from "./AgencyBadges";
import { IndicatorDrillDown } from "./IndicatorDrillDown";
import { TaskTable } from "./TaskTable";

/** The ways an indicator adds up that have words in the resource file. */
const aggregations = new Set(["sum", "average", "ratio", "max", "min", "latest"]);

/** One indicator: its words, target, how it adds up and the tasks accountable for it. */
export function IndicatorPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const { t } = useTranslation();
  const language = useLanguage();
  const { actor } = useShell();
  const indicator = useQuery(trpc.catalog.indicator.queryOptions({ id }));
  if (indicator.isError) return <ErrorAlert error={indicator.error} />;
  if (!indicator.data) return <Text c="dimmed">{t("common.loading")}</Text>;
  const i = indicator.data;
  // The data elements are the document's words: as written.
  const elementName = (code: string | null) => (
    <span translate="no">{i.dataElements.find((e) => e.code === code)?.name ?? code}</span>
  );
  return (
    <Stack>
      <div>
        <Text size="sm" c="dimmed">
          <Anchor component={Link} to={`/catalog/${i.document.slug}?task=${encodeURIComponent(i.ref)}`} translate="no">
            {i.document.number ?? i.document.title} {i.ref}
          </Anchor>
        </Text>
        <Title order={2} translate="no">
          {i.name}
        </Title>
      </div>
      <Card withBorder>
        <Text style={{ whiteSpace: "pre-line" }} translate="no">
          “{i.text}”
        </Text>
      </Card>
      <Table withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={220}>{t("catalogPages.indicator.target")}</Table.Th>
            <Table.Td>{describeTarget(i, language)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t("catalogPages.indicator.agency")}</Table.Th>
            <Table.Td>
              {i.agency ? <AgencyBadges codes={[i.agency]} variant="lead" /> : t("catalogPages.indicator.noAgency")}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t("catalogPages.indicator.aggregation")}</Table.Th>
            <Table.Td>
              {aggregations.has(i.aggregation)
                ? t(`catalogPages.indicator.aggregations.${i.aggregation}`)
                : i.aggregation}
              {i.aggregation === "ratio" && (
                <>
                  {" ("}
                  {elementName(i.numerator)}
                  {" / "}
                  {elementName(i.denominator)}
                  {")"}
                </>
              )}
              {i.aggregation !== "ratio" && i.element && (
                <>
                  {t("catalogPages.indicator.measuredBy")} “{elementName(i.element)}”
                </>
              )}
              {i.aggregation !== "ratio" && !i.element && t("catalogPages.indicator.notMeasured")}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t("catalogPages.indicator.condition")}</Table.Th>
            <Table.Td>
              {t("catalogPages.indicator.conditionText", { percent: i.minCompleteness ?? defaultMinCompleteness })}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {actor.role !== "agency_officer" && (
        <>
          <Title order={4}>{t("catalogPages.indicator.figures")}</Title>
          <IndicatorDrillDown indicatorId={i.id} />
        </>
      )}
      <Title order={4}>{t("catalogPages.indicator.tasks")}</Title>
      <TaskTable tasks={i.tasks} showDocument={false} />
    </Stack>
  );
}
