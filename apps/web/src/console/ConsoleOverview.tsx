import { Sparkline } from "@mantine/charts";
import { Anchor, Badge, Card, Group, Progress, Select, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import {
  agencyName,
  defaultMinCompleteness,
  describeTarget,
  describeValue,
  isAgencyCode,
  meetsMinCompleteness,
  reportingLevelFor,
  type TaskStatus,
  taskStatusLabels,
  taskStatusLabelsEn,
  type Timeliness,
} from "@pcmt/domain";
import {
  describeCompleteness,
  ErrorAlert,
  formatDate,
  formatNumber,
  IndicatorStateBadge,
  indicatorStateColors,
  useIndicatorStateLabels,
  useLanguage,
  usePlaceWord,
  useShell,
  useStandingWords,
  useTranslation,
} from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { ConsolidatedReportDownload } from "./ConsolidatedReportDownload";
import { NationalOverview, usePeriodWords } from "./NationalOverview";

const statusColors: Record<TaskStatus, string> = {
  done: "green",
  in_progress: "blue",
  not_started: "gray",
  overdue: "red",
};
const cellColors: Record<Timeliness | "returned", string | undefined> = {
  not_due: undefined,
  on_time: "var(--mantine-color-green-1)",
  late: "var(--mantine-color-orange-1)",
  not_submitted: "var(--mantine-color-red-1)",
  returned: "var(--mantine-color-orange-2)",
};
type Translate = ReturnType<typeof useTranslation>["t"];
const lifetimeWords = (t: Translate, l: { from: string | null; until: string | null; status: string }) => {
  const span =
    l.from || l.until
      ? t("consolePages.lifetime.span", {
          from: l.from ? formatDate(l.from) : t("consolePages.lifetime.openStart"),
          until: l.until ? formatDate(l.until) : t("consolePages.lifetime.openEnd"),
        })
      : t("consolePages.lifetime.none");
  return l.status === "ended"
    ? t("consolePages.lifetime.ended", { span })
    : l.status === "not_started"
      ? t("consolePages.lifetime.notStarted", { span })
      : span;
};

/** A roadmap's current value is a result only when its figure could be evaluated (enough places, terms that agree). */
const trusted = (r: { phases: { state: string }[] }) =>
  !r.phases.some((p) => p.state === "insufficient_data" || p.state === "inconsistent");

/** How every plan of the province stands: task progress, targets, and who reports late. */
export function ConsoleOverview() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const language = useLanguage();
  const { periodWords, periodWordsInline } = usePeriodWords();
  const stateLabels = useIndicatorStateLabels();
  const statusLabels = language === "en" ? taskStatusLabelsEn : taskStatusLabels;
  const placeWord = usePlaceWord();
  const standingWords = useStandingWords();
  const agencyWords = (code: string | null) =>
    code === null ? t("consolePages.standingOffice") : isAgencyCode(code) ? agencyName(code, language) : code;
  /** The agencies whose values make a figure (a ratio's two terms, a count's element), as the server's `sources`. */
  const sourcesOf = (i: {
    aggregation: string;
    element: string | null;
    numeratorAgency: string | null;
    denominatorAgency: string | null;
    elementAgency: string | null;
  }) => [
    ...new Set(
      (i.aggregation === "ratio" ? [i.numeratorAgency, i.denominatorAgency] : i.element ? [i.elementAgency] : []).map(
        agencyWords,
      ),
    ),
  ];
  const { actor } = useShell();
  const [params, setParams] = useSearchParams();
  const province = actor.provinceCode ?? params.get("province") ?? "quang_tri";
  const wantedPeriod = params.get("period") ?? undefined;
  const overview = useQuery(trpc.console.overview.queryOptions({ provinceCode: province, period: wantedPeriod }));
  const provinces = useQuery({ ...trpc.catalog.provinces.queryOptions(), enabled: !actor.provinceCode });
  if (overview.isError)
    return (
      <Stack>
        <ErrorAlert error={overview.error} />
        {wantedPeriod && (
          <Anchor
            component={Link}
            to={`/console${actor.provinceCode ? "" : `?province=${province}`}`}
            data-testid="console-reset-period"
          >
            {t("consolePages.resetPeriod")}
          </Anchor>
        )}
      </Stack>
    );
  const o = overview.data;
  return (
    <Stack>
      {!actor.provinceCode && (
        <>
          <NationalOverview />
          <Select
            label={t("consolePages.province")}
            w={260}
            searchable
            translate="no"
            renderOption={({ option }) => <span translate="no">{option.label}</span>}
            data={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
            value={province}
            onChange={(v) => v && setParams({ province: v })}
            allowDeselect={false}
          />
        </>
      )}
      {!o && <Text c="dimmed">{t("consolePages.loading")}</Text>}
      {o && (
        <>
          <Group align="flex-end">
            <Select
              label={t("consolePages.period")}
              description={o.reference.isDefault ? t("consolePages.periodDefault") : t("consolePages.periodChosen")}
              data={(o.reference.choices.some((c) => c.period === o.reference.period) || !o.reference.period
                ? o.reference.choices.map((c) => c.period)
                : [o.reference.period, ...o.reference.choices.map((c) => c.period)]
              ).map((period) => ({ value: period, label: periodWords(period) }))}
              value={o.reference.period}
              onChange={(v) => {
                if (!v) return;
                const next = new URLSearchParams(params);
                next.set("period", v);
                setParams(next);
              }}
              allowDeselect={false}
              searchable
              w={260}
              data-testid="console-period"
              nothingFoundMessage={t("consolePages.noPeriods")}
            />
            <ConsolidatedReportDownload provinceCode={province} period={o.reference.period} />
          </Group>
          <Text size="sm" c="dimmed" data-testid="console-basis">
            {o.reference.period
              ? t("consolePages.basis", {
                  period: periodWordsInline(o.reference.period),
                  end: formatDate(o.reference.end),
                  min: defaultMinCompleteness,
                })
              : t("consolePages.basisNone")}
          </Text>
          <Title order={4}>{t("consolePages.documentsTitle")}</Title>
          {o.documents.length === 0 && <Text c="dimmed">{t("consolePages.documentsNone")}</Text>}
          <Stack gap="xs" data-testid="document-progress">
            {o.documents.map((d) => (
              <Card key={d.slug} withBorder padding="sm">
                <Group justify="space-between" mb={6}>
                  <Anchor component={Link} to={`/catalog/${d.slug}`} fw={600} size="sm" translate="no">
                    {d.number ?? d.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {(Object.keys(statusColors) as TaskStatus[])
                      .map((s) => t("consolePages.statusCount", { status: statusLabels[s], count: d[s] }))
                      .join(" · ")}{" "}
                    {t("consolePages.documentTasks", { count: d.total })}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed" mb={4} data-lifetime={d.lifetime.status}>
                  {lifetimeWords(t, d.lifetime)}
                </Text>
                <Progress.Root size="lg">
                  {(Object.keys(statusColors) as TaskStatus[]).map((s) =>
                    d[s] > 0 ? (
                      <Tooltip key={s} label={t("consolePages.statusCount", { status: statusLabels[s], count: d[s] })}>
                        <Progress.Section value={(d[s] / Math.max(1, d.total)) * 100} color={statusColors[s]} />
                      </Tooltip>
                    ) : null,
                  )}
                </Progress.Root>
              </Card>
            ))}
          </Stack>

          {o.roadmaps.length > 0 && (
            <>
              <Title order={4}>{t("consolePages.roadmapsTitle")}</Title>
              <Stack gap="xs" data-testid="roadmaps">
                {o.roadmaps.map((r) => (
                  <Card key={`${r.documentSlug}|${r.name}`} withBorder padding="sm">
                    <Group justify="space-between" mb={6}>
                      <Text fw={600} size="sm" translate="no">
                        {r.name}
                      </Text>
                      <Text size="sm">
                        {r.value === null
                          ? t("consolePages.roadmapNoData")
                          : t(trusted(r) ? "consolePages.roadmapNow" : "consolePages.roadmapLatest", {
                              value: formatNumber(Math.round(r.value * 10) / 10),
                            })}
                        {r.period
                          ? ` (${periodWords(r.period)}${r.completeness ? `, ${describeCompleteness(r.completeness, t("consolePages.placeWords.commune"))}` : ""})`
                          : ""}
                      </Text>
                    </Group>
                    <Progress value={Math.min(100, r.value ?? 0)} size="lg" color={trusted(r) ? "teal" : "gray"} />
                    <Group gap="xs" mt={6}>
                      {r.phases.map((p) => (
                        <Anchor key={p.id} component={Link} to={`/indicators/${encodeURIComponent(p.id)}`} size="xs">
                          <Badge color={indicatorStateColors[p.state]} variant="light" data-indicator-state={p.state}>
                            {p.comparator === ">=" ? "≥" : p.comparator} {p.target}%{" "}
                            {p.due
                              ? t("consolePages.phaseDue", { period: periodWordsInline(p.due) })
                              : t("consolePages.phaseHeld")}{" "}
                            — {stateLabels[p.state]}
                          </Badge>
                        </Anchor>
                      ))}
                    </Group>
                  </Card>
                ))}
              </Stack>
            </>
          )}

          <Title order={4}>{t("consolePages.indicatorsTitle")}</Title>
          <Table withTableBorder striped data-testid="indicator-states">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("consolePages.columns.indicator")}</Table.Th>
                <Table.Th>{t("consolePages.columns.target")}</Table.Th>
                <Table.Th>{t("consolePages.columns.value")}</Table.Th>
                <Table.Th>{t("consolePages.columns.places")}</Table.Th>
                <Table.Th w={130}>{t("consolePages.columns.trend")}</Table.Th>
                <Table.Th w={190}>{t("consolePages.columns.state")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.indicators.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/indicators/${encodeURIComponent(i.id)}`} size="sm" translate="no">
                      {i.name}
                    </Anchor>
                    {sourcesOf(i).length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t("consolePages.sources", { agencies: sourcesOf(i).join(t("consolePages.sourcesAnd")) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{describeTarget(i, language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" data-testid="indicator-value">
                      {i.value === null ? "—" : describeValue(Math.round(i.value * 10) / 10, i.valueUnit, language)}
                    </Text>
                    {i.period && (
                      <Text size="xs" c="dimmed">
                        {periodWords(i.period)}
                        {i.through ? t("consolePages.through", { date: formatDate(i.through) }) : ""}
                      </Text>
                    )}
                    {i.previous && (
                      <Text size="xs" c="dimmed">
                        {i.previous.value === null
                          ? i.previous.through
                            ? t("consolePages.previousNoneThrough", {
                                period: periodWordsInline(i.previous.period),
                                date: formatDate(i.previous.through),
                              })
                            : t("consolePages.previousNone", { period: periodWordsInline(i.previous.period) })
                          : `${t("consolePages.previousValue", { period: periodWordsInline(i.previous.period), value: describeValue(i.previous.value, i.valueUnit, language) })}${i.growth === null ? "" : ` (${i.growth >= 0 ? "+" : ""}${formatNumber(Math.round(i.growth * 10) / 10)}%)`}${i.previous.acrossReform ? t("consolePages.acrossReform") : ""}`}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td data-testid="indicator-completeness">
                    <Text size="sm">
                      {i.measurable
                        ? describeCompleteness(i.completeness, placeWord(i.placeWord))
                        : t("consolePages.notMeasured")}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {i.trend.length > 1 ? (
                      <Tooltip
                        label={i.trend
                          .map(
                            (point) =>
                              `${periodWords(point.period)}: ${point.value === null ? "—" : describeValue(Math.round(point.value * 10) / 10, i.valueUnit, language)}${
                                point.value !== null && !meetsMinCompleteness(point.completeness, i.minCompleteness)
                                  ? ` (${t("consolePages.trendGap", {
                                      places: describeCompleteness(
                                        point.completeness,
                                        t(`consolePages.placeWords.${reportingLevelFor(point.period)}`),
                                      ),
                                      share: i.minCompleteness,
                                    })})`
                                  : ""
                              }`,
                          )
                          .join(" · ")}
                        multiline
                        w={320}
                      >
                        <Sparkline
                          w={110}
                          h={28}
                          // A period too few places reported is a gap, as on the indicator's page (never 0, nor its partial value).
                          data={i.trend.map((point) =>
                            point.value !== null && meetsMinCompleteness(point.completeness, i.minCompleteness)
                              ? point.value
                              : null,
                          )}
                          curveType="linear"
                          color={indicatorStateColors[i.state]}
                          fillOpacity={0.2}
                        />
                      </Tooltip>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  <Table.Td>
                    <IndicatorStateBadge
                      state={i.state}
                      completeness={i.completeness}
                      minCompleteness={i.minCompleteness}
                      placeWord={i.placeWord}
                      final={i.final}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>

          <Title order={4}>{t("consolePages.timelinessTitle")}</Title>
          <Table withTableBorder withColumnBorders data-testid="timeliness-matrix">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("consolePages.agency")}</Table.Th>
                {o.timeliness.periods.map((p) => (
                  <Table.Th key={p}>{periodWords(p)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.timeliness.agencies.map((agency) => (
                <Table.Tr key={agency}>
                  <Table.Td>
                    <Anchor component={Link} to={`/agencies/${agency}`} size="sm">
                      {agencyWords(agency)}
                    </Anchor>
                  </Table.Td>
                  {o.timeliness.periods.map((p) => {
                    const cell = o.timeliness.cells.find((c) => c.agency === agency && c.period === p);
                    if (!cell) return <Table.Td key={p} />;
                    const text = standingWords(cell);
                    return (
                      <Table.Td
                        key={p}
                        style={{ background: cellColors[cell.awaitingResubmission ? "returned" : cell.timeliness] }}
                        data-timeliness={cell.awaitingResubmission ? "returned" : cell.timeliness}
                      >
                        {cell.reportId ? (
                          <Anchor component={Link} to={`/reports/${cell.reportId}`} size="xs">
                            {text}
                          </Anchor>
                        ) : (
                          <Text size="xs">{text}</Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
