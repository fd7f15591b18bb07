import { Alert, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../app/trpc";
import { describeWarning } from "./grid/describeWarning";

interface CheckedTask {
  taskId: string;
  ref: string;
  text: string;
  status: "not_started" | "in_progress" | "done";
  narrative: string;
}

const shortText = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

/** One kind of gap and the tasks it concerns (nothing when there are none). */
function TaskList({ title, tasks }: { title: string; tasks: CheckedTask[] }) {
  if (tasks.length === 0) return null;
  return (
    <div>
      <Text size="sm">• {title}</Text>
      <List size="xs" ml="md">
        {tasks.map((task) => (
          <List.Item key={task.taskId}>
            {task.ref} — {shortText(task.text)}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/**
 * Before a report is sent: what is still empty — tasks not started or without a written result, the summary, the
 * grid's places and cells — and the evidence attached; the officer confirms or goes back.
 */
export function SubmitCheckModal({
  opened,
  reportId,
  summary,
  tasks,
  evidenceCount,
  unsavedCells,
  sending,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  reportId: string;
  summary: string;
  tasks: CheckedTask[];
  evidenceCount: number;
  /** Cells of the grid changed on the page and not saved: submitting would leave them out. */
  unsavedCells: number;
  sending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const grid = useQuery({ ...trpc.dataEntry.grid.queryOptions({ reportId }), enabled: opened });
  const notStarted = tasks.filter((task) => task.status === "not_started");
  const noNarrative = tasks.filter((task) => task.narrative.trim() === "");
  const cells = grid.data?.cells ?? [];
  const filledPlaces = new Set(cells.filter((c) => c.value !== null).map((c) => c.orgUnit)).size;
  const emptyCells = cells.filter((c) => c.value === null).length;
  const hasGrid = (grid.data?.elements.length ?? 0) > 0;
  const notes = grid.data?.notes ?? [];
  const warned = notes.filter((n) => n.warnings.length > 0);
  const copies = notes.filter((n) => n.copiedFrom !== null).length;
  const placeName = (code: string) => grid.data?.units.find((u) => u.code === code)?.name ?? code;
  const elementName = (id: string) => grid.data?.elements.find((e) => e.id === id)?.name ?? id;
  // Copies not confirmed and cells not saved are not the report's figures yet: the officer settles them first.
  const blocked = copies > 0 || unsavedCells > 0;
  const allGood =
    notStarted.length === 0 &&
    noNarrative.length === 0 &&
    summary.trim() !== "" &&
    emptyCells === 0 &&
    warned.length === 0 &&
    !blocked;
  return (
    <Modal opened={opened} onClose={onClose} title={t("submitCheck.title")} size="lg">
      <Stack data-testid="submit-check">
        <Text size="sm">{t("submitCheck.intro")}</Text>
        {allGood && <Alert color="green">{t("submitCheck.allGood")}</Alert>}
        {summary.trim() === "" && <Text size="sm">• {t("submitCheck.noSummary")}</Text>}
        <TaskList title={t("submitCheck.notStarted", { count: notStarted.length })} tasks={notStarted} />
        <TaskList title={t("submitCheck.noNarrative", { count: noNarrative.length })} tasks={noNarrative} />
        {grid.data &&
          (hasGrid ? (
            <Text size="sm">
              • {t("submitCheck.places", { filled: filledPlaces, total: grid.data.units.length })}
              {emptyCells > 0 ? ` · ${t("submitCheck.emptyCells", { count: emptyCells })}` : ""}
            </Text>
          ) : (
            <Text size="sm">• {t("submitCheck.noData")}</Text>
          ))}
        {warned.length > 0 && (
          <div data-testid="submit-check-warnings">
            <Text size="sm">• {t("submitCheck.warnings", { count: warned.length })}</Text>
            <List size="xs" ml="md">
              {warned.slice(0, 15).map((n) => (
                <List.Item key={`${n.orgUnit}|${n.elementId}`}>
                  {placeName(n.orgUnit)} — {elementName(n.elementId)}:{" "}
                  {n.warnings.map((w) => describeWarning(t, w)).join(" ")}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Text size="sm">• {t("submitCheck.evidence", { count: evidenceCount })}</Text>
        {copies > 0 && <Alert color="yellow">{t("submitCheck.copies", { count: copies })}</Alert>}
        {unsavedCells > 0 && <Alert color="blue">{t("submitCheck.unsaved", { count: unsavedCells })}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("submitCheck.back")}
          </Button>
          <Button onClick={onConfirm} loading={sending} disabled={blocked}>
            {t("submitCheck.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
