import { Sparkline } from "@mantine/charts";
import { Anchor, Badge, Card, Group, Progress, Select, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { agencyName, type IndicatorState, indicatorStateLabels, isAgencyCode, type TaskStatus, taskStatusLabels, timelinessLabels } from "@pcmt/domain";
import { ErrorAlert, formatNumber, useShell } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { describeTarget } from "../catalog/describeTarget";
import { periodLabel } from "../reports/periodLabel";
import { ConsolidatedReportDownload } from "./ConsolidatedReportDownload";
import { NationalOverview } from "./NationalOverview";

const statusColors: Record<TaskStatus, string> = { done: "green", in_progress: "blue", not_started: "gray", overdue: "red" };
const stateColors: Record<IndicatorState, string> = { achieved: "green", at_risk: "yellow", not_achieved: "red", no_data: "gray" };
const cellColors = { on_time: "var(--mantine-color-green-1)", late: "var(--mantine-color-orange-1)", not_submitted: "var(--mantine-color-red-1)" } as const;

/** How every plan of the province stands: task progress, targets, and who reports late. */
export function ConsoleOverview() {
  const trpc = useTRPC();
  const { actor } = useShell();
  const [params, setParams] = useSearchParams();
  const province = actor.provinceCode ?? params.get("province") ?? "quang_tri";
  const overview = useQuery(trpc.console.overview.queryOptions({ provinceCode: province }));
  const provinces = useQuery({ ...trpc.catalog.provinces.queryOptions(), enabled: !actor.provinceCode });
  if (overview.isError) return <ErrorAlert error={overview.error} />;
  const o = overview.data;
  return (
    <Stack>
      {!actor.provinceCode && (
        <>
          <NationalOverview />
          <Select
            label="Tỉnh"
            w={260}
            searchable
            data={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
            value={province}
            onChange={(v) => v && setParams({ province: v })}
            allowDeselect={false}
          />
        </>
      )}
      <ConsolidatedReportDownload provinceCode={province} />
      {!o && <Text c="dimmed">Đang tải…</Text>}
      {o && (
        <>
          <Title order={4}>Tiến độ thực hiện các văn bản</Title>
          <Stack gap="xs" data-testid="document-progress">
            {o.documents.map((d) => (
              <Card key={d.slug} withBorder padding="sm">
                <Group justify="space-between" mb={6}>
                  <Anchor component={Link} to={`/catalog/${d.slug}`} fw={600} size="sm">
                    {d.number ?? d.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {(Object.keys(statusColors) as TaskStatus[]).map((s) => `${taskStatusLabels[s]}: ${d[s]}`).join(" · ")} / {d.total} nhiệm vụ
                  </Text>
                </Group>
                <Progress.Root size="lg">
                  {(Object.keys(statusColors) as TaskStatus[]).map((s) =>
                    d[s] > 0 ? (
                      <Tooltip key={s} label={`${taskStatusLabels[s]}: ${d[s]}`}>
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
              <Title order={4}>Lộ trình theo giai đoạn</Title>
              <Stack gap="xs" data-testid="roadmaps">
                {o.roadmaps.map((r) => (
                  <Card key={`${r.documentSlug}|${r.name}`} withBorder padding="sm">
                    <Group justify="space-between" mb={6}>
                      <Text fw={600} size="sm">
                        {r.name}
                      </Text>
                      <Text size="sm">
                        {r.value === null ? "Chưa có số liệu" : `Hiện đạt ${formatNumber(Math.round(r.value * 10) / 10)}%`}
                        {r.period ? ` (${periodLabel(r.period)})` : ""}
                      </Text>
                    </Group>
                    <Progress value={Math.min(100, r.value ?? 0)} size="lg" color="teal" />
                    <Group gap="xs" mt={6}>
                      {r.phases.map((p) => (
                        <Anchor key={p.id} component={Link} to={`/indicators/${encodeURIComponent(p.id)}`} size="xs">
                          <Badge color={stateColors[p.state]} variant="light" data-indicator-state={p.state}>
                            {p.comparator === ">=" ? "≥" : p.comparator} {p.target}% {p.due ? `đến ${periodLabel(p.due).toLowerCase()}` : "giữ vững"} — {indicatorStateLabels[p.state]}
                          </Badge>
                        </Anchor>
                      ))}
                    </Group>
                  </Card>
                ))}
              </Stack>
            </>
          )}

          <Title order={4}>Chỉ tiêu</Title>
          <Table withTableBorder striped data-testid="indicator-states">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Chỉ tiêu</Table.Th>
                <Table.Th>Mục tiêu</Table.Th>
                <Table.Th>Số liệu mới nhất</Table.Th>
                <Table.Th w={130}>Xu hướng</Table.Th>
                <Table.Th w={190}>Đánh giá</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.indicators.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/indicators/${encodeURIComponent(i.id)}`} size="sm">
                      {i.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{describeTarget(i)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {i.value === null ? "—" : `${formatNumber(Math.round(i.value * 10) / 10)}${i.unit === "percent" ? "%" : ""}`}
                    {i.period && (
                      <Text size="xs" c="dimmed">
                        {periodLabel(i.period)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {i.trend.length > 1 ? (
                      <Tooltip label={i.trend.map((t) => `${periodLabel(t.period)}: ${t.value === null ? "—" : `${formatNumber(Math.round(t.value * 10) / 10)}%`}`).join(" · ")} multiline w={320}>
                        <Sparkline w={110} h={28} data={i.trend.map((t) => t.value ?? 0)} curveType="linear" color={stateColors[i.state]} fillOpacity={0.2} />
                      </Tooltip>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={stateColors[i.state]} variant="light" data-indicator-state={i.state}>
                      {indicatorStateLabels[i.state]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>

          <Title order={4}>Tình hình gửi báo cáo</Title>
          <Table withTableBorder withColumnBorders data-testid="timeliness-matrix">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Cơ quan</Table.Th>
                {o.timeliness.periods.map((p) => (
                  <Table.Th key={p}>{periodLabel(p)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.timeliness.agencies.map((agency) => (
                <Table.Tr key={agency}>
                  <Table.Td>
                    <Anchor component={Link} to={`/agencies/${agency}`} size="sm">
                      {isAgencyCode(agency) ? agencyName(agency) : agency}
                    </Anchor>
                  </Table.Td>
                  {o.timeliness.periods.map((p) => {
                    const cell = o.timeliness.cells.find((c) => c.agency === agency && c.period === p);
                    if (!cell) return <Table.Td key={p} />;
                    const text = `${timelinessLabels[cell.timeliness]}${cell.daysLate > 0 ? ` ${cell.daysLate} ngày` : ""}`;
                    return (
                      <Table.Td key={p} style={{ background: cell.timeliness === "not_submitted" && !cell.overdue ? undefined : cellColors[cell.timeliness] }}>
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
