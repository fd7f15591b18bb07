import { Sparkline } from "@mantine/charts";
import { Anchor, Badge, Card, Group, Progress, Select, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { agencyName, defaultMinCompleteness, describeTarget, describeValue, indicatorStateLabels, isAgencyCode, type TaskStatus, taskStatusLabels, type Timeliness } from "@pcmt/domain";
import { describeCompleteness, ErrorAlert, formatDate, formatNumber, IndicatorStateBadge, indicatorStateColors, useShell } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { periodLabel } from "../reports/periodLabel";
import { ConsolidatedReportDownload } from "./ConsolidatedReportDownload";
import { NationalOverview } from "./NationalOverview";

const statusColors: Record<TaskStatus, string> = { done: "green", in_progress: "blue", not_started: "gray", overdue: "red" };
const cellColors: Record<Timeliness | "returned", string | undefined> = {
  not_due: undefined,
  on_time: "var(--mantine-color-green-1)",
  late: "var(--mantine-color-orange-1)",
  not_submitted: "var(--mantine-color-red-1)",
  returned: "var(--mantine-color-orange-2)",
};
const lifetimeWords = (l: { from: string | null; until: string | null; status: string }) => {
  const span = l.from || l.until ? `Hiệu lực ${l.from ? formatDate(l.from) : "…"} – ${l.until ? formatDate(l.until) : "không thời hạn"}` : "Không ghi thời hạn";
  return l.status === "ended" ? `${span} · đã kết thúc (kết quả cuối cùng)` : l.status === "not_started" ? `${span} · chưa có hiệu lực` : span;
};


/** A roadmap's current value is a result only when its figure could be evaluated (enough places, terms that agree). */
const trusted = (r: { phases: { state: string }[] }) => !r.phases.some((p) => p.state === "insufficient_data" || p.state === "inconsistent");

/** How every plan of the province stands: task progress, targets, and who reports late. */
export function ConsoleOverview() {
  const trpc = useTRPC();
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
          <Anchor component={Link} to={`/console${actor.provinceCode ? "" : `?province=${province}`}`} data-testid="console-reset-period">
            Về kỳ mặc định (kỳ gần nhất đã đến hạn báo cáo)
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
      {!o && <Text c="dimmed">Đang tải…</Text>}
      {o && (
        <>
          <Group align="flex-end">
            <Select
              label="Kỳ tổng hợp"
              description={o.reference.isDefault ? "Mặc định: kỳ gần nhất đã đến hạn báo cáo" : "Kỳ đã chọn"}
              data={(o.reference.choices.some((c) => c.period === o.reference.period) || !o.reference.period ? o.reference.choices : [{ period: o.reference.period, label: o.reference.label, dueDate: "" }, ...o.reference.choices]).map((c) => ({ value: c.period, label: c.label }))}
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
              nothingFoundMessage="Chưa có kỳ báo cáo"
            />
            <ConsolidatedReportDownload provinceCode={province} period={o.reference.period} />
          </Group>
          <Text size="sm" c="dimmed" data-testid="console-basis">
            {o.reference.period
              ? `Số liệu của ${o.reference.label.toLowerCase()} (đến hết ngày ${formatDate(o.reference.end)}); tiến độ nhiệm vụ theo các báo cáo đã gửi. Chỉ tiêu chỉ được đánh giá khi đủ số địa bàn báo cáo (mặc định ${defaultMinCompleteness}%) và số liệu các vế khớp nhau.`
              : "Các văn bản của tỉnh chưa có kỳ báo cáo nào đến hạn."}
          </Text>
          <Title order={4}>Tiến độ thực hiện các văn bản</Title>
          {o.documents.length === 0 && <Text c="dimmed">Không có văn bản nào còn hiệu lực trong kỳ.</Text>}
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
                <Text size="xs" c="dimmed" mb={4} data-lifetime={d.lifetime.status}>
                  {lifetimeWords(d.lifetime)}
                </Text>
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
                        {r.value === null ? "Chưa có số liệu" : `${trusted(r) ? "Hiện đạt" : "Số liệu mới nhất"} ${formatNumber(Math.round(r.value * 10) / 10)}%`}
                        {r.period ? ` (${periodLabel(r.period)}${r.completeness ? `, ${describeCompleteness(r.completeness, "xã")}` : ""})` : ""}
                      </Text>
                    </Group>
                    <Progress value={Math.min(100, r.value ?? 0)} size="lg" color={trusted(r) ? "teal" : "gray"} />
                    <Group gap="xs" mt={6}>
                      {r.phases.map((p) => (
                        <Anchor key={p.id} component={Link} to={`/indicators/${encodeURIComponent(p.id)}`} size="xs">
                          <Badge color={indicatorStateColors[p.state]} variant="light" data-indicator-state={p.state}>
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
                <Table.Th>Số liệu (kỳ)</Table.Th>
                <Table.Th>Địa bàn báo cáo</Table.Th>
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
                    {i.sources.length > 0 && (
                      <Text size="xs" c="dimmed">
                        Số liệu do {i.sources.join(" và ")} nhập
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{describeTarget(i)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" data-testid="indicator-value">
                      {i.value === null ? "—" : describeValue(Math.round(i.value * 10) / 10, i.valueUnit)}
                    </Text>
                    {i.period && (
                      <Text size="xs" c="dimmed">
                        {periodLabel(i.period)}
                        {i.through ? `, đến ${formatDate(i.through)}` : ""}
                      </Text>
                    )}
                    {i.previous && (
                      <Text size="xs" c="dimmed">
                        {i.previous.value === null
                          ? `chưa có số liệu ${periodLabel(i.previous.period).toLowerCase()}${i.previous.through ? ` đến ${formatDate(i.previous.through)}` : ""}`
                          : `so với ${periodLabel(i.previous.period).toLowerCase()}: ${describeValue(i.previous.value, i.valueUnit)}${i.growth === null ? "" : ` (${i.growth >= 0 ? "+" : ""}${formatNumber(Math.round(i.growth * 10) / 10)}%)`}${i.previous.acrossReform ? "; hai kỳ theo địa bàn trước và sau sắp xếp 1/7/2025" : ""}`}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td data-testid="indicator-completeness">
                    <Text size="sm">{i.measurable ? describeCompleteness(i.completeness, i.placeWord) : "Chưa gắn số liệu"}</Text>
                  </Table.Td>
                  <Table.Td>
                    {i.trend.length > 1 ? (
                      <Tooltip label={i.trend.map((t) => `${periodLabel(t.period)}: ${t.value === null ? "—" : describeValue(Math.round(t.value * 10) / 10, i.valueUnit)}`).join(" · ")} multiline w={320}>
                        <Sparkline w={110} h={28} data={i.trend.map((t) => t.value ?? 0)} curveType="linear" color={indicatorStateColors[i.state]} fillOpacity={0.2} />
                      </Tooltip>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  <Table.Td>
                    <IndicatorStateBadge state={i.state} completeness={i.completeness} minCompleteness={i.minCompleteness} placeWord={i.placeWord} final={i.final} />
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
                    const text = cell.label;
                    return (
                      <Table.Td key={p} style={{ background: cellColors[cell.awaitingResubmission ? "returned" : cell.timeliness] }} data-timeliness={cell.awaitingResubmission ? "returned" : cell.timeliness}>
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
