import { Button, Group, List, Modal, Stack, Table, Text } from "@mantine/core";
import type { ValueWarning } from "@pcmt/domain";
import { ErrorAlert, formatDateTime, formatNumber, useTranslation } from "@pcmt/ui";
import { IconAlertTriangle, IconHistory } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTRPC } from "../../app/trpc";
import { periodLabel } from "../../periods/periodLabel";
import { describeWarning } from "./describeWarning";
import { type CellInput, isInvalid } from "./gridModel";

export interface SelectedCell {
  orgUnit: string;
  placeName: string;
  elementId: string;
  elementName: string;
  input: CellInput;
  /** Why saving this number would be refused (the server's rule: a negative count, …), if it would. */
  refused?: string | null;
  copiedFrom: string | null;
  warnings: ValueWarning[];
}

/** The selected cell: its place and data element in full, what it holds, its warnings, its history; below, its thread. */
export function CellDetails({
  reportId,
  cell,
  children,
}: {
  reportId: string;
  cell: SelectedCell | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [showHistory, setShowHistory] = useState(false);
  if (!cell) {
    return (
      <Text size="sm" c="dimmed" data-testid="cell-details">
        {t("grid.cellNone")}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="cell-details">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600}>
          {t("grid.cellTitle", { place: cell.placeName, element: cell.elementName })}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          // Never squeezed by a long place and element name ("Lịch sử t…").
          style={{ flexShrink: 0 }}
          leftSection={<IconHistory size={14} />}
          onClick={() => setShowHistory(true)}
        >
          {t("grid.history")}
        </Button>
      </Group>
      <Text size="sm">
        {isInvalid(cell.input)
          ? t("grid.cellInvalid", { text: cell.input.invalid })
          : cell.input === null
            ? t("grid.cellEmpty")
            : t("grid.cellValue", { value: formatNumber(cell.input) })}
      </Text>
      {cell.refused && (
        <Text size="sm" c="red.8" data-testid="cell-refused">
          {cell.refused}
        </Text>
      )}
      {cell.copiedFrom && (
        <Text size="sm" c="yellow.9">
          {t("grid.cellCopied", { period: periodLabel(cell.copiedFrom) })}
        </Text>
      )}
      {cell.warnings.length > 0 && (
        <List size="sm" c="orange.9" icon={<IconAlertTriangle size={14} />} data-testid="cell-warnings">
          {cell.warnings.map((w, i) => (
            <List.Item key={i}>{describeWarning(t, w)}</List.Item>
          ))}
        </List>
      )}
      {children}
      <Modal opened={showHistory} onClose={() => setShowHistory(false)} title={t("grid.historyTitle")}>
        {showHistory && <ValueHistory reportId={reportId} orgUnit={cell.orgUnit} elementId={cell.elementId} />}
      </Modal>
    </Stack>
  );
}

function ValueHistory({ reportId, orgUnit, elementId }: { reportId: string; orgUnit: string; elementId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const history = useQuery(trpc.dataEntry.valueHistory.queryOptions({ reportId, orgUnit, elementId }));
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (!history.data?.length) return <Text c="dimmed">{t("grid.historyEmpty")}</Text>;
  const shown = (v: unknown) => (typeof v === "number" ? formatNumber(v) : "—");
  return (
    <Table>
      <Table.Tbody>
        {history.data.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{formatDateTime(h.at)}</Table.Td>
            <Table.Td>{h.actor ?? "—"}</Table.Td>
            <Table.Td>
              {shown(h.before)} → {shown(h.after)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
