import { Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorAlert, formatDateTime, formatNumber, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";

interface Snapshot {
  summary: string;
  items: { taskId: string; status: string; narrative: string }[];
  /** Every value of the grid at the submission (absent from submissions stored before values were kept). */
  values?: { orgUnit: string; elementId: string; value: number }[];
}

/** Two submitted versions side by side: the summary, each task's result and status, and every figure that differs. */
export function ReportVersions({ reportId, taskRefs }: { reportId: string; taskRefs: Record<string, string> }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const versions = useQuery(trpc.reports.versions.queryOptions({ reportId }));
  const grid = useQuery(trpc.dataEntry.grid.queryOptions({ reportId }));
  const [left, setLeft] = useState<string | null>(null);
  const [right, setRight] = useState<string | null>(null);
  if (versions.isError) return <ErrorAlert error={versions.error} />;
  const list = versions.data ?? [];
  if (list.length === 0) return <Text c="dimmed">{t("versions.none")}</Text>;
  const options = list.map((v) => ({
    value: String(v.number),
    label: t("versions.option", { number: v.number, at: formatDateTime(v.submittedAt) }),
  }));
  const leftNumber = left ?? options[0]!.value;
  const rightNumber = right ?? options[options.length - 1]!.value;
  const a = list.find((v) => String(v.number) === leftNumber)?.snapshot as Snapshot | undefined;
  const b = list.find((v) => String(v.number) === rightNumber)?.snapshot as Snapshot | undefined;
  const status = (s: string) => t(`comments.status.${s}`, { defaultValue: s });
  const rows = [
    { key: t("versions.summary"), a: a?.summary ?? "", b: b?.summary ?? "" },
    ...(b?.items ?? []).map((item) => {
      const before = a?.items.find((i) => i.taskId === item.taskId);
      return {
        key: taskRefs[item.taskId] ?? item.taskId,
        a: before ? `${status(before.status)} — ${before.narrative}` : "",
        b: `${status(item.status)} — ${item.narrative}`,
      };
    }),
  ];
  const figures = a?.values && b?.values ? differingFigures(a.values, b.values) : null;
  const placeName = (code: string) => grid.data?.units.find((u) => u.code === code)?.name ?? code;
  const elementName = (id: string) => grid.data?.elements.find((e) => e.id === id)?.name ?? id;
  const shown = (v: number | null) => (v === null ? t("versions.empty") : formatNumber(v));
  return (
    <Stack>
      <Group>
        <Select
          label={t("versions.compare")}
          data={options}
          value={leftNumber}
          onChange={setLeft}
          allowDeselect={false}
        />
        <Select
          label={t("versions.with")}
          data={options}
          value={rightNumber}
          onChange={setRight}
          allowDeselect={false}
        />
      </Group>
      <Title order={5}>{t("versions.texts")}</Title>
      <Table withTableBorder>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} bg={row.a !== row.b ? "yellow.0" : undefined}>
              <Table.Th w={120}>{row.key}</Table.Th>
              <Table.Td style={{ whiteSpace: "pre-line" }}>{row.a}</Table.Td>
              <Table.Td style={{ whiteSpace: "pre-line" }}>{row.b}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={5}>{t("versions.figures")}</Title>
      {figures === null ? (
        <Text size="sm" c="dimmed">
          {t("versions.figuresMissing")}
        </Text>
      ) : figures.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="versions-figures">
          {t("versions.figuresSame")}
        </Text>
      ) : (
        <Stack gap={4} data-testid="versions-figures">
          <Text size="sm">{t("versions.figuresChanged", { count: figures.length })}</Text>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("versions.place")}</Table.Th>
                <Table.Th>{t("versions.element")}</Table.Th>
                <Table.Th ta="right">{t("versions.before", { number: leftNumber })}</Table.Th>
                <Table.Th ta="right">{t("versions.before", { number: rightNumber })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.map((f) => (
                <Table.Tr key={`${f.orgUnit}|${f.elementId}`}>
                  <Table.Td>{placeName(f.orgUnit)}</Table.Td>
                  <Table.Td>{elementName(f.elementId)}</Table.Td>
                  <Table.Td ta="right">{shown(f.a)}</Table.Td>
                  <Table.Td ta="right">{shown(f.b)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}

/** The cells whose value differs between two submissions (one of them may be empty). */
function differingFigures(a: NonNullable<Snapshot["values"]>, b: NonNullable<Snapshot["values"]>) {
  const key = (v: { orgUnit: string; elementId: string }) => `${v.orgUnit}|${v.elementId}`;
  const before = new Map(a.map((v) => [key(v), v]));
  const after = new Map(b.map((v) => [key(v), v]));
  const out: { orgUnit: string; elementId: string; a: number | null; b: number | null }[] = [];
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const x = before.get(k);
    const y = after.get(k);
    if (x?.value !== y?.value)
      out.push({
        orgUnit: (x ?? y)!.orgUnit,
        elementId: (x ?? y)!.elementId,
        a: x?.value ?? null,
        b: y?.value ?? null,
      });
  }
  return out;
}
