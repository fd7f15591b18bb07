import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import {
  type AgencyCode,
  agencyName,
  describeDeadline,
  type TaskStatus,
  taskStatusLabels,
  taskStatusLabelsEn,
} from "@pcmt/domain";
import { ErrorAlert, formatDate, ReportStateBadge, TimelinessBadge, useLanguage, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useTRPC } from "../app/trpc";
import { AgencyBadges } from "../catalog/AgencyBadges";
import { periodLabel } from "../periods/periodLabel";

const statusColors: Record<TaskStatus, string> = {
  not_started: "gray",
  in_progress: "blue",
  done: "green",
  overdue: "red",
};

/** An officer's week: reports due and late, then every task the agency leads or coordinates with its status. */
export function MyWorkPage({ agencyCode }: { agencyCode: AgencyCode }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const language = useLanguage();
  const work = useQuery(trpc.reports.myWork.queryOptions());
  const [filter, setFilter] = useState<"all" | "lead" | "coordinating" | "overdue">("all");
  if (work.isError) return <ErrorAlert error={work.error} />;
  if (!work.data) return <Text c="dimmed">{t("common.loading")}</Text>;
  const { tasks, upcomingReports, overdueReports } = work.data;
  const shown = tasks.filter((task) =>
    filter === "all" ? true : filter === "overdue" ? task.status === "overdue" : task.role === filter,
  );
  const count = (status: TaskStatus) => tasks.filter((task) => task.status === status).length;
  const statusLabels = language === "en" ? taskStatusLabelsEn : taskStatusLabels;
  const period = (id: string) => periodLabel(id, language);
  // In a Vietnamese sentence the period reads in lower case ("theo báo cáo tháng 5/2024"); English keeps "May 2024".
  const periodInText = (id: string) => (language === "vi" ? period(id).toLowerCase() : period(id));

  return (
    <Stack>
      <Title order={2}>{t("reportPages.myWork.title", { agency: agencyName(agencyCode, language) })}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Text fw={600} mb="xs">
            {t("reportPages.myWork.upcoming")}
          </Text>
          {upcomingReports.length === 0 && (
            <Text c="dimmed" size="sm">
              {t("reportPages.myWork.noUpcoming")}
            </Text>
          )}
          {upcomingReports.map((r) => (
            <Group key={r.period} justify="space-between" data-upcoming={r.period}>
              <Text size="sm">
                {t("reportPages.myWork.upcomingDue", { period: period(r.period), date: formatDate(r.dueDate) })}
              </Text>
              <Button
                component={Link}
                to={r.reportId ? `/reports/${r.reportId}` : "/reports"}
                size="compact-xs"
                variant="light"
              >
                {r.reportId ? t("reportPages.myWork.open") : t("reportPages.myWork.create")}
              </Button>
            </Group>
          ))}
        </Card>
        <Card withBorder>
          <Text fw={600} mb="xs" c={overdueReports.length ? "red" : undefined}>
            {t("reportPages.myWork.overdue")}
          </Text>
          {overdueReports.length === 0 && (
            <Text c="dimmed" size="sm">
              {t("reportPages.myWork.noOverdue")}
            </Text>
          )}
          {overdueReports.slice(0, 8).map((r) => (
            <Group key={r.period} justify="space-between">
              <Text size="sm">{period(r.period)}</Text>
              <Group gap={4}>
                <ReportStateBadge state={r.state} />
                <TimelinessBadge
                  timeliness={r.timeliness}
                  daysLate={r.daysLate}
                  overdue={r.overdue}
                  awaitingResubmission={r.awaitingResubmission}
                />
              </Group>
            </Group>
          ))}
        </Card>
      </SimpleGrid>
      <Group justify="space-between">
        <Text size="sm">
          {(Object.keys(statusLabels) as TaskStatus[]).map((s) => `${statusLabels[s]}: ${count(s)}`).join(" · ")}
        </Text>
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(v) => setFilter(v)}
          data={[
            { value: "all", label: t("reportPages.myWork.filterAll", { count: tasks.length }) },
            { value: "lead", label: t("reportPages.role.lead") },
            { value: "coordinating", label: t("reportPages.role.coordinating") },
            { value: "overdue", label: t("reportPages.myWork.filterOverdue") },
          ]}
        />
      </Group>
      {tasks.length === 0 && (
        <Text c="dimmed" size="sm">
          {t("reportPages.myWork.noTasks")}
        </Text>
      )}
      <Table striped withTableBorder data-testid="my-work">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("reportPages.myWork.task")}</Table.Th>
            <Table.Th w={110}>{t("reportPages.myWork.role")}</Table.Th>
            <Table.Th w={200}>{t("reportPages.myWork.deadline")}</Table.Th>
            <Table.Th w={140}>{t("reportPages.myWork.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/catalog/${task.documentSlug}?task=${encodeURIComponent(task.ref)}`}
                  size="xs"
                  fw={600}
                  translate="no"
                >
                  {task.documentNumber ?? task.documentTitle.slice(0, 40)} {task.ref}
                </Anchor>
                <Text size="sm" lineClamp={2} translate="no">
                  {task.text}
                </Text>
                {task.role === "coordinating" && <AgencyBadges codes={task.lead} variant="lead" />}
              </Table.Td>
              <Table.Td>{t(`reportPages.role.${task.role}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {task.deadline ? describeDeadline(task.deadline, language) : t("reportPages.myWork.notStated")}
                </Text>
                {task.nextDue && (
                  <Text size="xs" c="dimmed">
                    {t("reportPages.myWork.nextDue", { date: formatDate(task.nextDue) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={statusColors[task.status]} variant="light" data-status={task.status}>
                  {statusLabels[task.status]}
                </Badge>
                {task.reportedIn && (
                  <Text size="xs" c="dimmed">
                    {t("reportPages.myWork.reportedIn", { period: periodInText(task.reportedIn) })}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
