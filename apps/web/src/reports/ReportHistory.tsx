import { List, Stack, Table, Text } from "@mantine/core";
import type { AppRouter } from "@pcmt/api";
import { taskStatusLabels } from "@pcmt/domain";
import { ErrorAlert, formatDateTime, formatNumber, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useTRPC } from "../app/trpc";

type Entry = inferRouterOutputs<AppRouter>["reports"]["history"][number];

const statusWord = (status: string | null) =>
  status ? (taskStatusLabels[status as keyof typeof taskStatusLabels] ?? status) : "—";

/** One step of the report's life as a sentence, and its details (what changed) as a list. */
function describe(entry: Entry, t: ReturnType<typeof useTranslation>["t"]): { sentence: string; details: string[] } {
  const actor = entry.actor ?? t("history.someone");
  const value = (v: number | null) => (v === null ? t("history.empty_value") : formatNumber(v));
  switch (entry.action) {
    case "report.create":
      return { sentence: t("history.create", { actor }), details: [] };
    case "report.accept":
      return { sentence: t("history.accept", { actor }), details: [] };
    case "report.submit":
      return { sentence: t("history.submit", { actor, submission: entry.submission }), details: [] };
    case "report.return":
    case "report.reopen":
      return {
        sentence: `${t(entry.action === "report.return" ? "history.return" : "history.reopen", { actor })}.`,
        details: entry.reason ? [t("history.reason", { reason: entry.reason })] : [],
      };
    case "report.save": {
      const parts = [
        entry.summaryChanged ? t("history.saveSummary") : null,
        entry.tasksChanged > 0 ? t("history.saveTasks", { count: entry.tasksChanged }) : null,
      ].filter((p): p is string => p !== null);
      return {
        sentence: `${t("history.save", { actor })}: ${parts.length ? parts.join(", ") : t("history.saveNothing")}.`,
        details: entry.statusChanges.map((c) =>
          t("history.statusChange", { ref: c.ref, from: statusWord(c.from), to: statusWord(c.to) }),
        ),
      };
    }
    case "report.evidence":
      return {
        sentence: t("history.evidence", {
          actor,
          fileName: entry.fileName,
          size: entry.sizeBytes ? ` (${formatNumber(Math.ceil(entry.sizeBytes / 1024))} KB)` : "",
        }),
        details: [],
      };
    case "report.evidence.remove":
      return { sentence: t("history.evidenceRemove", { actor, fileName: entry.fileName }), details: [] };
    case "report.grid_save": {
      const sentence =
        entry.source === "file" && entry.fileName
          ? t("history.gridSaveFile", { actor, count: entry.count, fileName: entry.fileName })
          : t("history.gridSave", { actor, count: entry.count });
      const details = entry.changes.map((c) =>
        t("history.gridChange", { place: c.place, element: c.element, before: value(c.before), after: value(c.after) }),
      );
      if (entry.count > entry.changes.length)
        details.push(t("history.gridMore", { count: entry.count - entry.changes.length }));
      return { sentence: `${sentence}.`, details };
    }
    case "report.comment":
      return { sentence: t("history.comment", { actor, target: entry.target }), details: [] };
    case "report.comment_reply":
      return { sentence: t("history.commentReply", { actor }), details: [] };
    case "report.comment_resolve":
      return { sentence: t("history.commentResolve", { actor }), details: [] };
    case "report.copies_confirmed":
      return { sentence: t("history.copiesConfirmed", { actor, count: entry.count }), details: [] };
    default:
      return { sentence: t("history.other", { actor, name: entry.name }), details: [] };
  }
}

/** Every step of the report, in sentences: who did what, when, and what changed. */
export function ReportHistory({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const history = useQuery(trpc.reports.history.queryOptions({ reportId }));
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (!history.data?.length) return <Text c="dimmed">{t("history.empty")}</Text>;
  return (
    <Table withTableBorder striped data-testid="report-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>{t("history.when")}</Table.Th>
          <Table.Th>{t("history.what")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.data.map((entry) => {
          const { sentence, details } = describe(entry, t);
          return (
            <Table.Tr key={entry.id}>
              <Table.Td>{formatDateTime(entry.at)}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm">{sentence}</Text>
                  {details.length > 0 && (
                    <List size="xs" c="dimmed">
                      {details.map((d, i) => (
                        <List.Item key={i}>{d}</List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
