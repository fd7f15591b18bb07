import { Anchor, Badge, Group, Stack, Table, Text } from "@mantine/core";
import type { TaskView } from "@pcmt/api";
import { describePeriod, taskStatusLabels } from "@pcmt/domain";
import { formatDate } from "@pcmt/ui";
import { Link } from "react-router";
import { AgencyBadges } from "./AgencyBadges";

interface TaskState {
  taskId: string;
  period: string;
  status: "not_started" | "in_progress" | "done";
  reportId: string;
}

/** The colour of a task status wherever one is shown (the catalog's tables, a document's progress links). */
export const taskStatusColor = { not_started: "gray", in_progress: "blue", done: "green" } as const;

/**
 * Tasks as a table: where they come from, what they say, who leads, who helps, when — and, when given, where each
 * stands in the latest report that carries it (linked to it).
 */
export function TaskTable({ tasks, showDocument = true, states }: { tasks: TaskView[]; showDocument?: boolean; states?: TaskState[] }) {
  if (tasks.length === 0) return <Text c="dimmed">Không có nhiệm vụ nào.</Text>;
  return (
    <Table striped withTableBorder verticalSpacing="xs" data-testid="task-table">
      <Table.Thead>
        <Table.Tr>
          {showDocument && <Table.Th w={150}>Văn bản</Table.Th>}
          <Table.Th w={90}>Mục</Table.Th>
          <Table.Th>Nhiệm vụ</Table.Th>
          <Table.Th w={220}>Chủ trì / Phối hợp</Table.Th>
          <Table.Th w={170}>Thời hạn</Table.Th>
          {states && <Table.Th w={170}>Tình trạng</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tasks.map((t) => (
          <Table.Tr key={t.id}>
            {showDocument && (
              <Table.Td>
                <Anchor component={Link} to={`/catalog/${t.documentSlug}`} size="sm">
                  {t.documentNumber ?? t.documentTitle.slice(0, 40)}
                </Anchor>
              </Table.Td>
            )}
            <Table.Td>
              <Anchor component={Link} to={`/catalog/${t.documentSlug}?task=${encodeURIComponent(t.ref)}`} size="sm">
                {t.ref}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={4} style={{ whiteSpace: "pre-line" }}>
                {t.text}
              </Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={4}>
                <AgencyBadges codes={t.lead} variant="lead" />
                <AgencyBadges codes={t.coordinating} variant="coordinating" />
              </Stack>
            </Table.Td>
            <Table.Td>
              {t.deadlineLabel ? (
                <Stack gap={2}>
                  <Text size="sm">{t.deadlineLabel}</Text>
                  {t.nextDue && (
                    <Group gap={4}>
                      <Badge size="xs" variant="light">
                        Hạn tới: {formatDate(t.nextDue)}
                      </Badge>
                    </Group>
                  )}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  Không nêu
                </Text>
              )}
            </Table.Td>
            {states && (
              <Table.Td>
                <TaskStateCell state={states.find((s) => s.taskId === t.id)} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function TaskStateCell({ state }: { state: TaskState | undefined }) {
  if (!state) {
    return (
      <Text size="sm" c="dimmed">
        Chưa có báo cáo
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/reports/${state.reportId}`} size="sm" c={taskStatusColor[state.status]} data-testid="task-state">
      {taskStatusLabels[state.status]} ({describePeriod(state.period).toLowerCase()})
    </Anchor>
  );
}
