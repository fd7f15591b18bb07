import { Button, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorAlert, formatDate, ReportStateBadge, TimelinessBadge, useLanguage, useTranslation } from "@pcmt/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useTRPC } from "../app/trpc";
import { periodLabel } from "../periods/periodLabel";

/** The officer's reports: what is due, what is late, what was returned. */
export function MyReportsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const schedule = useQuery(trpc.reports.mySchedule.queryOptions());
  const open = useMutation(
    trpc.reports.open.mutationOptions({ onSuccess: (report) => navigate(`/reports/${report.id}`) }),
  );
  return (
    <Stack>
      <Title order={2}>{t("nav.reports")}</Title>
      <Text c="dimmed" size="sm">
        {t("reportPages.myReports.intro")}
      </Text>
      {schedule.isError && <ErrorAlert error={schedule.error} />}
      {open.isError && <ErrorAlert error={open.error} />}
      {schedule.data && schedule.data.length === 0 && (
        <Text c="dimmed" data-testid="no-schedule">
          {t("reportPages.myReports.noSchedule")}
        </Text>
      )}
      <Table striped withTableBorder data-testid="report-schedule">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("reportPages.columns.period")}</Table.Th>
            <Table.Th>{t("reportPages.columns.dueDate")}</Table.Th>
            <Table.Th>{t("reportPages.columns.state")}</Table.Th>
            <Table.Th>{t("reportPages.columns.timeliness")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schedule.data?.map((entry) => (
            <Table.Tr key={entry.period} data-period={entry.period}>
              <Table.Td>{periodLabel(entry.period, language)}</Table.Td>
              <Table.Td>{formatDate(entry.dueDate)}</Table.Td>
              <Table.Td>
                <ReportStateBadge state={entry.state} />
              </Table.Td>
              <Table.Td>
                <TimelinessBadge
                  timeliness={entry.timeliness}
                  daysLate={entry.daysLate}
                  overdue={entry.overdue}
                  awaitingResubmission={entry.awaitingResubmission}
                />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant={entry.id ? "light" : "filled"}
                  loading={open.isPending && open.variables?.period === entry.period}
                  onClick={() => (entry.id ? navigate(`/reports/${entry.id}`) : open.mutate({ period: entry.period }))}
                >
                  {entry.id ? t("reportPages.myReports.open") : t("reportPages.myReports.create")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
