import { LineChart } from "@mantine/charts";
import { Alert, Badge, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { agencyName, isAgencyCode, meetsMinCompleteness } from "@pcmt/domain";
import { ErrorAlert, formatNumber, useLanguage, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";
import { usePeriodLabel } from "../periods/periodLabel";

const percent = (value: number | null) => (value === null ? "—" : `${formatNumber(Math.round(value * 10) / 10)}%`);
const count = (value: number | null) => (value === null ? "—" : formatNumber(value));

/**
 * An indicator's values per period and, for one period, per place: per district for a period reported per district
 * (before 1/7/2025), per today's commune after (merged places summed where they are held now).
 */
export function IndicatorDrillDown({ indicatorId }: { indicatorId: string }) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const language = useLanguage();
  const [period, setPeriod] = useState<string | null>(null);
  // "Tháng 5/2024", "May 2024"; a one-off task's report (its period is a day) by its due date.
  const { periodLabel } = usePeriodLabel();
  const drill = useQuery(trpc.console.indicatorDrillDown.queryOptions({ indicatorId, period: period ?? undefined }));
  if (drill.isError) return <ErrorAlert error={drill.error} />;
  const d = drill.data;
  if (!d) return <Text c="dimmed">{t("common.loading")}</Text>;
  if (!d.measurable) return <Text c="dimmed">{t("catalogPages.drillDown.notMeasurable")}</Text>;
  if (d.periods.length === 0) return <Text c="dimmed">{t("catalogPages.drillDown.noData")}</Text>;
  // The places of the period shown: its districts before the reform of 1/7/2025, today's communes after.
  const byDistrict = d.placeLevel === "district";
  const placeWord = t(
    byDistrict ? "catalogPages.drillDown.placeWordDistrict" : "catalogPages.drillDown.placeWordCommune",
  );
  const agencies = (list: { code: string; name: string }[]) =>
    list.map((a) => (isAgencyCode(a.code) ? agencyName(a.code, language) : a.name)).join(", ") || "—";
  const mismatched = d.places.filter((p) => p.partExceedsWhole);
  const isRatio = d.kind === "ratio";
  const shown = (value: number | null) => (isRatio ? percent(value) : count(value));
  // One kind of period on the chart (months with months, years with years): the kind of the period shown.
  const kindLength = (d.period ?? d.periods.at(-1)?.period ?? "").length;
  // A period too few places reported is not a point of the trend (it would read as a fall): a gap, named below.
  const complete = (p: (typeof d.periods)[number]) =>
    meetsMinCompleteness(
      { reported: Math.min(p.places.numerator, p.places.denominator), expected: p.expectedPlaces },
      d.minCompleteness,
    );
  const ofKind = d.periods.filter((p) => p.period.length === kindLength);
  const trend = ofKind.map((p) => ({
    period: periodLabel(p.period),
    value: p.value === null || !complete(p) ? null : Math.round(p.value * 10) / 10,
  }));
  const leftOut = ofKind.filter((p) => p.value !== null && !complete(p));
  return (
    <Stack>
      {trend.length > 1 && (
        <LineChart
          h={200}
          data={trend}
          dataKey="period"
          series={[
            {
              name: "value",
              label: isRatio ? t("catalogPages.drillDown.ratioSeries") : t("catalogPages.drillDown.countSeries"),
              color: "red.6",
            },
          ]}
          curveType="linear"
          connectNulls
          withDots
          unit={isRatio ? "%" : undefined}
          // Numbers as the rest of the page writes them (59,5 — not 59.5), the first and last period always named.
          valueFormatter={(value) => formatNumber(value)}
          xAxisProps={{ interval: "preserveStartEnd" }}
          data-testid="indicator-trend"
        />
      )}
      {trend.length > 1 && leftOut.length > 0 && (
        <Text size="xs" c="orange" data-testid="indicator-trend-incomplete">
          {t("catalogPages.drillDown.trendIncomplete", {
            periods: leftOut
              .map(
                (p) =>
                  `${periodLabel(p.period)} (${t("catalogPages.drillDown.placesOf", { reported: Math.min(p.places.numerator, p.places.denominator), expected: p.expectedPlaces })})`,
              )
              .join(", "),
            share: d.minCompleteness,
          })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap="xs">
          <Title order={5}>{t("catalogPages.drillDown.byPeriod")}</Title>
          <Table withTableBorder striped data-testid="indicator-periods">
            <Table.Tbody>
              {d.periods.map((p) => (
                <Table.Tr
                  key={p.period}
                  onClick={() => setPeriod(p.period)}
                  style={{ cursor: "pointer" }}
                  bg={p.period === d.period ? "red.0" : undefined}
                >
                  <Table.Td>{periodLabel(p.period)}</Table.Td>
                  {isRatio && (
                    <Table.Td>
                      {count(p.numerator)} / {count(p.denominator)}
                    </Table.Td>
                  )}
                  <Table.Td>{shown(p.value)}</Table.Td>
                  <Table.Td>
                    <Text
                      size="xs"
                      c={Math.min(p.places.numerator, p.places.denominator) < p.expectedPlaces ? "orange" : "dimmed"}
                    >
                      {t("catalogPages.drillDown.placesOf", {
                        reported: Math.min(p.places.numerator, p.places.denominator),
                        expected: p.expectedPlaces,
                      })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
        <Stack gap="xs">
          <Select
            label={t(byDistrict ? "catalogPages.drillDown.byDistrictPeriod" : "catalogPages.drillDown.byPlacePeriod")}
            data={d.periods.map((p) => ({ value: p.period, label: periodLabel(p.period) }))}
            value={d.period}
            onChange={setPeriod}
            allowDeselect={false}
            w={240}
          />
          {d.unattributed && (
            <Text size="sm" c="dimmed">
              {t("catalogPages.drillDown.unattributed", {
                numerator: formatNumber(d.unattributed.numerator),
                denominator: formatNumber(d.unattributed.denominator),
              })}
            </Text>
          )}
          {mismatched.length > 0 && (
            <Alert color="grape" title={t("catalogPages.drillDown.mismatchTitle")} data-testid="indicator-mismatch">
              {t("catalogPages.drillDown.mismatchPlaces", { count: mismatched.length, placeWord })}{" "}
              <span translate="no">{mismatched.map((p) => p.name).join(", ")}</span>.{" "}
              {t("catalogPages.drillDown.mismatchTerms", {
                numerator: agencies(d.termAgencies.numerator),
                denominator: agencies(d.termAgencies.denominator),
              })}
            </Alert>
          )}
          {d.missingPlaces.length > 0 && (
            <Text size="sm" c="orange" data-testid="indicator-missing">
              {t("catalogPages.drillDown.missing", { count: d.missingPlaces.length, placeWord })}{" "}
              <span translate="no">
                {d.missingPlaces
                  .slice(0, 30)
                  .map((p) => p.name)
                  .join(", ")}
              </span>
              {d.missingPlaces.length > 30 ? ", …" : ""}
            </Text>
          )}
          <Table withTableBorder striped data-testid="indicator-places">
            <Table.Tbody>
              {d.places.map((p) => (
                <Table.Tr key={p.code} data-mismatch={p.partExceedsWhole || undefined}>
                  <Table.Td translate="no">{p.name}</Table.Td>
                  {isRatio && (
                    <Table.Td>
                      {count(p.numerator)} / {count(p.denominator)}
                    </Table.Td>
                  )}
                  <Table.Td>
                    {shown(p.value)}{" "}
                    {p.partExceedsWhole && (
                      <Badge color="grape" variant="light" size="xs">
                        {t("catalogPages.drillDown.mismatchBadge")}
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
