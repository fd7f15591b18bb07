import { BarChart } from "@mantine/charts";
import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { indicatorStates } from "@pcmt/domain";
import { ErrorAlert, indicatorStateColors, useIndicatorStateLabels, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useTRPC } from "../app/trpc";
import { usePeriodLabel } from "../periods/periodLabel";

const states = indicatorStates;

/** A period in words in the current language; `periodWordsInline` inside a sentence. */
export function usePeriodWords() {
  const { periodLabel, periodInSentence } = usePeriodLabel();
  return { periodWords: periodLabel, periodWordsInline: periodInSentence };
}

/** A province's name on the chart's axis, marked as a name (not to be translated). */
function ProvinceTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  return (
    <text
      x={x}
      y={y}
      dy={4}
      textAnchor="end"
      fontSize={12}
      fill="currentColor"
      transform="translate(-10, 0)"
      {...{ translate: "no" }}
    >
      {payload?.value}
    </text>
  );
}

/** The country in one screen, for national accounts: each province's targets by state and who reported on time. */
export function NationalOverview() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const { periodWords } = usePeriodWords();
  const stateLabels = useIndicatorStateLabels();
  const national = useQuery(trpc.console.nationalOverview.queryOptions());
  if (national.isError) return <ErrorAlert error={national.error} />;
  if (!national.data) return <Text c="dimmed">{t("consolePages.national.loading")}</Text>;
  const n = national.data;
  // The axis shows the names without their leading "Tỉnh ".
  const chart = n.provinces.map((p) => ({
    province: p.name.replace(/^T\u1ec9nh /, ""),
    ...Object.fromEntries(states.map((s) => [s, p.indicators[s]])),
  }));
  return (
    <Stack data-testid="national-overview">
      <Title order={4}>{t("consolePages.national.title", { count: n.provinces.length })}</Title>
      <Text size="sm" c="dimmed">
        {t("consolePages.national.intro")}
      </Text>
      <Group>
        {states.map((s) => (
          <Card key={s} withBorder padding="xs">
            <Text size="xs" c="dimmed">
              {stateLabels[s]}
            </Text>
            <Text fw={700}>{t("consolePages.national.indicators", { count: n.totals.indicators[s] })}</Text>
          </Card>
        ))}
        <Card withBorder padding="xs">
          <Text size="xs" c="dimmed">
            {t("consolePages.national.reportingTitle")}
          </Text>
          <Text fw={700}>
            {t("consolePages.national.reporting", {
              onTime: n.totals.reporting.on_time,
              late: n.totals.reporting.late,
              returned: n.totals.reporting.returned,
              notSubmitted: n.totals.reporting.not_submitted,
            })}
          </Text>
        </Card>
      </Group>
      <BarChart
        h={Math.max(220, n.provinces.length * 22)}
        data={chart}
        dataKey="province"
        orientation="vertical"
        type="stacked"
        yAxisProps={{ width: 120, tick: <ProvinceTick /> }}
        tooltipProps={{ labelFormatter: (label) => <span translate="no">{label}</span> }}
        series={states.map((s) => ({
          name: s,
          label: stateLabels[s],
          color: `${indicatorStateColors[s]}.${s === "no_data" ? 4 : 6}`,
        }))}
        withLegend
      />
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("consolePages.national.province")}</Table.Th>
            {states.map((s) => (
              <Table.Th key={s}>{stateLabels[s]}</Table.Th>
            ))}
            <Table.Th>{t("consolePages.national.period")}</Table.Th>
            <Table.Th>{t("consolePages.national.onTime")}</Table.Th>
            <Table.Th>{t("consolePages.national.late")}</Table.Th>
            <Table.Th>{t("consolePages.national.returned")}</Table.Th>
            <Table.Th>{t("consolePages.national.notSubmitted")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {n.provinces.map((p) => (
            <Table.Tr key={p.code}>
              <Table.Td>
                <Anchor component={Link} to={`/console?province=${p.code}`} size="sm" translate="no">
                  {p.name}
                </Anchor>
              </Table.Td>
              {states.map((s) => (
                <Table.Td key={s}>{p.indicators[s]}</Table.Td>
              ))}
              <Table.Td>{p.reporting.period ? periodWords(p.reporting.period) : "—"}</Table.Td>
              <Table.Td>{p.reporting.on_time}</Table.Td>
              <Table.Td>
                {p.reporting.late > 0 ? (
                  <Badge color="orange" variant="light">
                    {p.reporting.late}
                  </Badge>
                ) : (
                  0
                )}
              </Table.Td>
              <Table.Td>
                {p.reporting.returned > 0 ? (
                  <Badge color="orange" variant="outline">
                    {p.reporting.returned}
                  </Badge>
                ) : (
                  0
                )}
              </Table.Td>
              <Table.Td>
                {p.reporting.not_submitted > 0 ? (
                  <Badge color="red" variant="light">
                    {p.reporting.not_submitted}
                  </Badge>
                ) : (
                  0
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
