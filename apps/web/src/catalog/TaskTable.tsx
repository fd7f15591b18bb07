import { Anchor, Badge, Group, Stack, Table, Text } from "@mantine/core";
import type { TaskView } from "@pcmt/api";
import { describeDeadline, taskStatusLabels, taskStatusLabelsEn } from "@pcmt/domain";
import { formatDate, type Language, useLanguage, useTranslation } from "@pcmt/ui";
import { Link } from "react-router";
import { AgencyBadges } from "./AgencyBadges";
import { usePeriodLabel } from "../periods/periodLabel";

interface TaskState {
  taskId: string;
  period: string;
  status: "not_started" | "in_progress" | "done";
  reportId: string;
}

/** The colour of a task status wherever one is shown (the catalog's tables, a document's progress links). */
export const taskStatusColor = { not_started: "gray", in_progress: "blue", done: "green" } as const;

/** A task status in the reader's language. */
export const taskStatusLabel = (status: keyof typeof taskStatusLabels, language: Language) =>
  (language === "en" ? taskStatusLabelsEn : taskStatusLabels)[status];

/** The period of a report inside a sentence, in the reader's language ("tháng 5/2024", "May 2024"). */
export function usePeriodInSentence(): (period: string) => string {
  return usePeriodLabel().periodInSentence;
}

/**
 * Tasks as a table: where they come from, what they say, who leads, who helps, when — and, when given, where each
 * stands in the latest report that carries it (linked to it).
 */
export function TaskTable({
  tasks,
  showDocument = true,
  states,
}: {
  tasks: TaskView[];
  showDocument?: boolean;
  states?: TaskState[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (tasks.length === 0) return <Text c="dimmed">{t("catalogPages.taskTable.empty")}</Text>;
  return (
    <Table striped withTableBorder verticalSpacing="xs" data-testid="task-table">
      <Table.Thead>
        <Table.Tr>
          {showDocument && <Table.Th w={150}>{t("catalogPages.taskTable.document")}</Table.Th>}
          <Table.Th w={90}>{t("catalogPages.taskTable.ref")}</Table.Th>
          <Table.Th>{t("catalogPages.taskTable.task")}</Table.Th>
          <Table.Th w={220}>{t("catalogPages.taskTable.agencies")}</Table.Th>
          <Table.Th w={170}>{t("catalogPages.taskTable.deadline")}</Table.Th>
          {states && <Table.Th w={170}>{t("catalogPages.taskTable.state")}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tasks.map((task) => (
          <Table.Tr key={task.id}>
            {showDocument && (
              <Table.Td>
                <Anchor component={Link} to={`/catalog/${task.documentSlug}`} size="sm" translate="no">
                  {task.documentNumber ?? task.documentTitle.slice(0, 40)}
                </Anchor>
              </Table.Td>
            )}
            <Table.Td>
              <Anchor
                component={Link}
                to={`/catalog/${task.documentSlug}?task=${encodeURIComponent(task.ref)}`}
                size="sm"
                translate="no"
              >
                {task.ref}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={4} style={{ whiteSpace: "pre-line" }} translate="no">
                {task.text}
              </Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={4}>
                <AgencyBadges codes={task.lead} variant="lead" />
                <AgencyBadges codes={task.coordinating} variant="coordinating" />
              </Stack>
            </Table.Td>
            <Table.Td>
              {task.deadline ? (
                <Stack gap={2}>
                  <Text size="sm">{describeDeadline(task.deadline, language)}</Text>
                  {task.nextDue && (
                    <Group gap={4}>
                      <Badge size="xs" variant="light">
                        {t("catalogPages.taskTable.nextDue", { date: formatDate(task.nextDue) })}
                      </Badge>
                    </Group>
                  )}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  {t("catalogPages.taskTable.noDeadline")}
                </Text>
              )}
            </Table.Td>
            {states && (
              <Table.Td>
                <TaskStateCell state={states.find((s) => s.taskId === task.id)} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function TaskStateCell({ state }: { state: TaskState | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const periodInSentence = usePeriodInSentence();
  if (!state) {
    return (
      <Text size="sm" c="dimmed">
        {t("catalogPages.taskTable.noReport")}
      </Text>
    );
  }
  return (
    <Anchor
      component={Link}
      to={`/reports/${state.reportId}`}
      size="sm"
      c={taskStatusColor[state.status]}
      data-testid="task-state"
    >
      {t("catalogPages.taskTable.stateInPeriod", {
        status: taskStatusLabel(state.status, language),
        period: periodInSentence(state.period),
      })}
    </Anchor>
  );
}
