import { LineChart } from "@mantine/charts";
import { Alert, Badge, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorAlert, formatNumber } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";
import { periodLabel } from "../reports/periodLabel";

const percent = (value: number | null) => (value === null ? "—" : `${formatNumber(Math.round(value * 10) / 10)}%`);
const count = (value: number | null) => (value === null ? "—" : formatNumber(value));

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
  const mismatched = d.places.filter((p) => p.partExceedsWhole);
  const isRatio = d.kind === "ratio";
  const shown = (value: number | null) => (isRatio ? percent(value) : count(value));
  // One kind of period on the chart (months with months, years with years): the kind of the period shown.
  const kindLength = (d.period ?? d.periods.at(-1)?.period ?? "").length;
  const trend = d.periods.filter((p) => p.period.length === kindLength).map((p) => ({ period: periodLabel(p.period), value: p.value === null ? null : Math.round(p.value * 10) / 10 }));
  return (
    <Stack>
      {trend.length > 1 && (
        <LineChart h={200} data={trend} dataKey="period" series={[{ name: "value", label: isRatio ? "Tỷ lệ (%)" : "Số lượng", color: "red.6" }]} curveType="linear" connectNulls withDots unit={isRatio ? "%" : undefined} data-testid="indicator-trend" />
      )}
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Stack gap="xs">
        <Title order={5}>Theo kỳ (toàn tỉnh)</Title>
        <Table withTableBorder striped data-testid="indicator-periods">
          <Table.Tbody>
            {d.periods.map((p) => (
              <Table.Tr key={p.period} onClick={() => setPeriod(p.period)} style={{ cursor: "pointer" }} bg={p.period === d.period ? "red.0" : undefined}>
                <Table.Td>{periodLabel(p.period)}</Table.Td>
                {isRatio && (
                  <Table.Td>
                    {count(p.numerator)} / {count(p.denominator)}
                  </Table.Td>
                )}
                <Table.Td>{shown(p.value)}</Table.Td>
                <Table.Td>
                  <Text size="xs" c={Math.min(p.places.numerator, p.places.denominator) < p.expectedPlaces ? "orange" : "dimmed"}>
                    {Math.min(p.places.numerator, p.places.denominator)}/{p.expectedPlaces} địa bàn
                  </Text>
                </Table.Td>
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
        {mismatched.length > 0 && (
          <Alert color="grape" title="Số liệu chưa khớp" data-testid="indicator-mismatch">
            {mismatched.length} {d.placeWord} có tử số lớn hơn mẫu số: {mismatched.map((p) => p.name).join(", ")}. Tử số do {d.termAgencies.numerator.map((a) => a.name).join(", ") || "—"} nhập; mẫu số do{" "}
            {d.termAgencies.denominator.map((a) => a.name).join(", ") || "—"} nhập.
          </Alert>
        )}
        {d.missingPlaces.length > 0 && (
          <Text size="sm" c="orange" data-testid="indicator-missing">
            Chưa báo cáo ({d.missingPlaces.length} {d.placeWord}): {d.missingPlaces.slice(0, 30).map((p) => p.name).join(", ")}
            {d.missingPlaces.length > 30 ? ", …" : ""}
          </Text>
        )}
        <Table withTableBorder striped data-testid="indicator-places">
          <Table.Tbody>
            {d.places.map((p) => (
              <Table.Tr key={p.code} data-mismatch={p.partExceedsWhole || undefined}>
                <Table.Td>{p.name}</Table.Td>
                {isRatio && (
                  <Table.Td>
                    {count(p.numerator)} / {count(p.denominator)}
                  </Table.Td>
                )}
                <Table.Td>
                  {shown(p.value)}{" "}
                  {p.partExceedsWhole && (
                    <Badge color="grape" variant="light" size="xs">
                      chưa khớp
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </SimpleGrid>
    </Stack>
  );
}
