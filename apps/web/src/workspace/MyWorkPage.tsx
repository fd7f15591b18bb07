import { Anchor, Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { type AgencyCode, agencyName, type TaskStatus, taskStatusLabels } from "@pcmt/domain";
import { ErrorAlert, formatDate, ReportStateBadge, TimelinessBadge, useLanguage } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useTRPC } from "../app/trpc";
import { AgencyBadges } from "../catalog/AgencyBadges";
import { periodLabel } from "../reports/periodLabel";

const statusColors: Record<TaskStatus, string> = { not_started: "gray", in_progress: "blue", done: "green", overdue: "red" };

/** An officer's week: reports due and late, then every task the agency leads or coordinates with its status. */
export function MyWorkPage({ agencyCode }: { agencyCode: AgencyCode }) {
  const trpc = useTRPC();
  const language = useLanguage();
  const work = useQuery(trpc.reports.myWork.queryOptions());
  const [filter, setFilter] = useState<"all" | "lead" | "coordinating" | "overdue">("all");
  if (work.isError) return <ErrorAlert error={work.error} />;
  if (!work.data) return <Text c="dimmed">Đang tải…</Text>;
  const { tasks, upcomingReports, overdueReports } = work.data;
  const shown = tasks.filter((t) => (filter === "all" ? true : filter === "overdue" ? t.status === "overdue" : t.role === filter));
  const count = (status: TaskStatus) => tasks.filter((t) => t.status === status).length;

  return (
    <Stack>
      <Title order={2}>Công việc của {agencyName(agencyCode, language)}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Text fw={600} mb="xs">
            Báo cáo sắp đến hạn
          </Text>
          {upcomingReports.length === 0 && <Text c="dimmed" size="sm">Không có báo cáo đến hạn trong 8 tuần tới.</Text>}
          {upcomingReports.map((r) => (
            <Group key={r.period} justify="space-between" data-upcoming={r.period}>
              <Text size="sm">
                {periodLabel(r.period)} — hạn {formatDate(r.dueDate)}
              </Text>
              <Button component={Link} to={r.reportId ? `/reports/${r.reportId}` : "/reports"} size="compact-xs" variant="light">
                {r.reportId ? "Mở" : "Lập"}
              </Button>
            </Group>
          ))}
        </Card>
        <Card withBorder>
          <Text fw={600} mb="xs" c={overdueReports.length ? "red" : undefined}>
            Báo cáo quá hạn hoặc bị trả lại
          </Text>
          {overdueReports.length === 0 && <Text c="dimmed" size="sm">Không có.</Text>}
          {overdueReports.slice(0, 8).map((r) => (
            <Group key={r.period} justify="space-between">
              <Text size="sm">{periodLabel(r.period)}</Text>
              <Group gap={4}>
                <ReportStateBadge state={r.state} />
                <TimelinessBadge timeliness={r.timeliness} daysLate={r.daysLate} overdue={r.overdue} awaitingResubmission={r.awaitingResubmission} />
              </Group>
            </Group>
          ))}
        </Card>
      </SimpleGrid>
      <Group justify="space-between">
        <Text size="sm">
          {(Object.keys(taskStatusLabels) as TaskStatus[]).map((s) => `${taskStatusLabels[s]}: ${count(s)}`).join(" · ")}
        </Text>
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(v) => setFilter(v as typeof filter)}
          data={[
            { value: "all", label: `Tất cả (${tasks.length})` },
            { value: "lead", label: "Chủ trì" },
            { value: "coordinating", label: "Phối hợp" },
            { value: "overdue", label: "Quá hạn" },
          ]}
        />
      </Group>
      {tasks.length === 0 && (
        <Text c="dimmed" size="sm">
          Không có nhiệm vụ nào trong các văn bản đang có hiệu lực của tỉnh giao cho cơ quan. Nhiệm vụ của các kế hoạch đã kết thúc xem trên trang văn bản.
        </Text>
      )}
      <Table striped withTableBorder data-testid="my-work">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nhiệm vụ</Table.Th>
            <Table.Th w={110}>Vai trò</Table.Th>
            <Table.Th w={200}>Thời hạn</Table.Th>
            <Table.Th w={140}>Trạng thái</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>
                <Anchor component={Link} to={`/catalog/${t.documentSlug}?task=${encodeURIComponent(t.ref)}`} size="xs" fw={600}>
                  {t.documentNumber ?? t.documentTitle.slice(0, 40)} {t.ref}
                </Anchor>
                <Text size="sm" lineClamp={2}>
                  {t.text}
                </Text>
                {t.role === "coordinating" && <AgencyBadges codes={t.lead} variant="lead" />}
              </Table.Td>
              <Table.Td>{t.role === "lead" ? "Chủ trì" : "Phối hợp"}</Table.Td>
              <Table.Td>
                <Text size="sm">{t.deadlineLabel ?? "Không nêu"}</Text>
                {t.nextDue && <Text size="xs" c="dimmed">Hạn tới: {formatDate(t.nextDue)}</Text>}
              </Table.Td>
              <Table.Td>
                <Badge color={statusColors[t.status]} variant="light" data-status={t.status}>
                  {taskStatusLabels[t.status]}
                </Badge>
                {t.reportedIn && <Text size="xs" c="dimmed">theo báo cáo {periodLabel(t.reportedIn).toLowerCase()}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
