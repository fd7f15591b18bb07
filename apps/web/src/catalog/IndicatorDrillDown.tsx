import { LineChart } from "@mantine/charts";
import { Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorAlert, formatNumber } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";
import { periodLabel } from "../reports/periodLabel";

const percent = (value: number | null) => (value === null ? "—" : `${formatNumber(Math.round(value * 10) / 10)}%`);

/** An indicator's values per period and per today's commune (merged places summed where they are held now). */
export function IndicatorDrillDown({ indicatorId }: { indicatorId: string }) {
  const trpc = useTRPC();
  const [period, setPeriod] = useState<string | null>(null);
  const drill = useQuery(trpc.console.indicatorDrillDown.queryOptions({ indicatorId, period: period ?? undefined }));
  if (drill.isError) return <ErrorAlert error={drill.error} />;
  const d = drill.data;
  if (!d) return <Text c="dimmed">Đang tải…</Text>;
  if (!d.measurable) return <Text c="dimmed">Chỉ tiêu này chưa gắn với số liệu nhập theo địa bàn.</Text>;
  if (d.periods.length === 0) return <Text c="dimmed">Chưa có số liệu.</Text>;
  const trend = d.periods.map((p) => ({ period: periodLabel(p.period), value: p.value === null ? null : Math.round(p.value * 10) / 10 }));
  return (
    <Stack>
      {trend.length > 1 && (
        <LineChart h={200} data={trend} dataKey="period" series={[{ name: "value", label: "Tỷ lệ (%)", color: "red.6" }]} curveType="linear" connectNulls withDots unit="%" data-testid="indicator-trend" />
      )}
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Stack gap="xs">
        <Title order={5}>Theo kỳ (toàn tỉnh)</Title>
        <Table withTableBorder striped data-testid="indicator-periods">
          <Table.Tbody>
            {d.periods.map((p) => (
              <Table.Tr key={p.period} onClick={() => setPeriod(p.period)} style={{ cursor: "pointer" }} bg={p.period === d.period ? "red.0" : undefined}>
                <Table.Td>{periodLabel(p.period)}</Table.Td>
                <Table.Td>
                  {formatNumber(p.numerator)} / {formatNumber(p.denominator)}
                </Table.Td>
                <Table.Td>{percent(p.value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <Stack gap="xs">
        <Select label="Theo địa bàn hiện nay — kỳ" data={d.periods.map((p) => ({ value: p.period, label: periodLabel(p.period) }))} value={d.period} onChange={setPeriod} allowDeselect={false} w={240} />
        {d.unattributed && (
          <Text size="sm" c="dimmed">
            Số liệu cấp huyện (trước 1/7/2025), chỉ tính cho toàn tỉnh: {formatNumber(d.unattributed.numerator)} / {formatNumber(d.unattributed.denominator)}
          </Text>
        )}
        <Table withTableBorder striped data-testid="indicator-places">
          <Table.Tbody>
            {d.places.map((p) => (
              <Table.Tr key={p.code}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>
                  {formatNumber(p.numerator)} / {formatNumber(p.denominator)}
                </Table.Td>
                <Table.Td>{percent(p.value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </SimpleGrid>
    </Stack>
  );
}
