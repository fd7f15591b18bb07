import { Button, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorAlert, formatDate, ReportStateBadge, TimelinessBadge } from "@pcmt/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useTRPC } from "../app/trpc";
import { periodLabel } from "./periodLabel";

/** The officer's reports: what is due, what is late, what was returned. */
export function MyReportsPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const schedule = useQuery(trpc.reports.mySchedule.queryOptions());
  const open = useMutation(trpc.reports.open.mutationOptions({ onSuccess: (report) => navigate(`/reports/${report.id}`) }));
  return (
    <Stack>
      <Title order={2}>Báo cáo định kỳ</Title>
      <Text c="dimmed" size="sm">
        Lịch báo cáo theo các văn bản của tỉnh; báo cáo gửi về cơ quan thường trực (Công an tỉnh).
      </Text>
      {schedule.isError && <ErrorAlert error={schedule.error} />}
      {open.isError && <ErrorAlert error={open.error} />}
      {schedule.data && schedule.data.length === 0 && (
        <Text c="dimmed" data-testid="no-schedule">
          Trong 3 năm qua và 3 tháng tới, các văn bản còn hiệu lực của tỉnh không yêu cầu cơ quan gửi báo cáo định kỳ nào (các kế hoạch đã kết thúc không còn kỳ báo cáo mới).
        </Text>
      )}
      <Table striped withTableBorder data-testid="report-schedule">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kỳ báo cáo</Table.Th>
            <Table.Th>Hạn gửi</Table.Th>
            <Table.Th>Trạng thái</Table.Th>
            <Table.Th>Thời hạn</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schedule.data?.map((entry) => (
            <Table.Tr key={entry.period} data-period={entry.period}>
              <Table.Td>{periodLabel(entry.period)}</Table.Td>
              <Table.Td>{formatDate(entry.dueDate)}</Table.Td>
              <Table.Td>
                <ReportStateBadge state={entry.state} />
              </Table.Td>
              <Table.Td>
                <TimelinessBadge timeliness={entry.timeliness} daysLate={entry.daysLate} overdue={entry.overdue} awaitingResubmission={entry.awaitingResubmission} />
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant={entry.id ? "light" : "filled"} loading={open.isPending && open.variables?.period === entry.period} onClick={() => (entry.id ? navigate(`/reports/${entry.id}`) : open.mutate({ period: entry.period }))}>
                  {entry.id ? "Mở" : "Lập báo cáo"}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
