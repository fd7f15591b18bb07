import { Table, Text } from "@mantine/core";
import { ErrorAlert } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../app/trpc";

const actionWords: Record<string, string> = {
  "report.create": "Lập báo cáo",
  "report.save": "Lưu nháp",
  "report.submit": "Gửi báo cáo",
  "report.accept": "Tiếp nhận",
  "report.return": "Trả lại",
  "report.reopen": "Mở lại (trả lại báo cáo đã tiếp nhận)",
  "report.evidence": "Đính kèm minh chứng",
};

/** Every change to the report: who, when, what. */
export function ReportHistory({ reportId }: { reportId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.reports.history.queryOptions({ reportId }));
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (!history.data?.length) return <Text c="dimmed">Chưa có thay đổi.</Text>;
  return (
    <Table withTableBorder striped data-testid="report-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Thời điểm</Table.Th>
          <Table.Th>Người thực hiện</Table.Th>
          <Table.Th>Thao tác</Table.Th>
          <Table.Th>Chi tiết</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.data.map((entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td>{new Date(entry.at).toLocaleString("vi-VN")}</Table.Td>
            <Table.Td>{entry.actor ?? "—"}</Table.Td>
            <Table.Td>{actionWords[entry.action] ?? entry.action}</Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {entry.after ? JSON.stringify(entry.after) : ""}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
