import { BarChart } from "@mantine/charts";
import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { indicatorStateLabels, indicatorStates } from "@pcmt/domain";
import { ErrorAlert, indicatorStateColors } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useTRPC } from "../app/trpc";
import { periodLabel } from "../reports/periodLabel";

const states = indicatorStates;

/** The country in one screen, for national accounts: each province's targets by state and who reported on time. */
export function NationalOverview() {
  const trpc = useTRPC();
  const national = useQuery(trpc.console.nationalOverview.queryOptions());
  if (national.isError) return <ErrorAlert error={national.error} />;
  if (!national.data) return <Text c="dimmed">Đang tải bảng toàn quốc…</Text>;
  const n = national.data;
  const chart = n.provinces.map((p) => ({ province: p.name.replace(/^Tỉnh /, ""), ...Object.fromEntries(states.map((s) => [s, p.indicators[s]])) }));
  return (
    <Stack data-testid="national-overview">
      <Title order={4}>Toàn quốc: {n.provinces.length} tỉnh, thành phố</Title>
      <Text size="sm" c="dimmed">
        Mỗi tỉnh theo kỳ gần nhất đã đến hạn báo cáo của tỉnh; chỉ tiêu chỉ được đánh giá khi đủ số địa bàn báo cáo và số liệu các vế khớp nhau.
      </Text>
      <Group>
        {states.map((s) => (
          <Card key={s} withBorder padding="xs">
            <Text size="xs" c="dimmed">
              {indicatorStateLabels[s]}
            </Text>
            <Text fw={700}>{n.totals.indicators[s]} chỉ tiêu</Text>
          </Card>
        ))}
        <Card withBorder padding="xs">
          <Text size="xs" c="dimmed">
            Báo cáo kỳ gần nhất
          </Text>
          <Text fw={700}>
            {n.totals.reporting.on_time} đúng hạn · {n.totals.reporting.late} muộn · {n.totals.reporting.returned} trả lại · {n.totals.reporting.not_submitted} chưa gửi
          </Text>
        </Card>
      </Group>
      <BarChart
        h={Math.max(220, n.provinces.length * 22)}
        data={chart}
        dataKey="province"
        orientation="vertical"
        type="stacked"
        yAxisProps={{ width: 120 }}
        series={states.map((s) => ({ name: s, label: indicatorStateLabels[s], color: `${indicatorStateColors[s]}.${s === "no_data" ? 4 : 6}` }))}
        withLegend
      />
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tỉnh, thành phố</Table.Th>
            {states.map((s) => (
              <Table.Th key={s}>{indicatorStateLabels[s]}</Table.Th>
            ))}
            <Table.Th>Kỳ báo cáo</Table.Th>
            <Table.Th>Đúng hạn</Table.Th>
            <Table.Th>Muộn</Table.Th>
            <Table.Th>Trả lại, chờ gửi lại</Table.Th>
            <Table.Th>Chưa gửi (quá hạn)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {n.provinces.map((p) => (
            <Table.Tr key={p.code}>
              <Table.Td>
                <Anchor component={Link} to={`/console?province=${p.code}`} size="sm">
                  {p.name}
                </Anchor>
              </Table.Td>
              {states.map((s) => (
                <Table.Td key={s}>{p.indicators[s]}</Table.Td>
              ))}
              <Table.Td>{p.reporting.period ? periodLabel(p.reporting.period) : "—"}</Table.Td>
              <Table.Td>{p.reporting.on_time}</Table.Td>
              <Table.Td>{p.reporting.late > 0 ? <Badge color="orange" variant="light">{p.reporting.late}</Badge> : 0}</Table.Td>
              <Table.Td>{p.reporting.returned > 0 ? <Badge color="orange" variant="outline">{p.reporting.returned}</Badge> : 0}</Table.Td>
              <Table.Td>{p.reporting.not_submitted > 0 ? <Badge color="red" variant="light">{p.reporting.not_submitted}</Badge> : 0}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
