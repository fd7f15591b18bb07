import { Group, Select, Stack, Table, Text } from "@mantine/core";
import { ErrorAlert } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";

interface Snapshot {
  summary: string;
  items: { taskId: string; status: string; narrative: string }[];
}
const statusWords: Record<string, string> = { not_started: "Chưa thực hiện", in_progress: "Đang thực hiện", done: "Hoàn thành" };

/** Submitted versions side by side; rows that changed are marked. */
export function ReportVersions({ reportId }: { reportId: string }) {
  const trpc = useTRPC();
  const versions = useQuery(trpc.reports.versions.queryOptions({ reportId }));
  const [left, setLeft] = useState<string | null>(null);
  const [right, setRight] = useState<string | null>(null);
  if (versions.isError) return <ErrorAlert error={versions.error} />;
  const list = versions.data ?? [];
  if (list.length === 0) return <Text c="dimmed">Chưa gửi lần nào.</Text>;
  const options = list.map((v) => ({ value: String(v.number), label: `Lần ${v.number} — ${new Date(v.submittedAt).toLocaleString("vi-VN")}` }));
  const a = list.find((v) => String(v.number) === (left ?? options[0]!.value))?.snapshot as Snapshot | undefined;
  const b = list.find((v) => String(v.number) === (right ?? options[options.length - 1]!.value))?.snapshot as Snapshot | undefined;
  const rows = [
    { key: "Tóm tắt", a: a?.summary ?? "", b: b?.summary ?? "" },
    ...(b?.items ?? []).map((item) => {
      const before = a?.items.find((i) => i.taskId === item.taskId);
      return {
        key: item.taskId.split("#")[1] ?? item.taskId,
        a: before ? `${statusWords[before.status]} — ${before.narrative}` : "",
        b: `${statusWords[item.status]} — ${item.narrative}`,
      };
    }),
  ];
  return (
    <Stack>
      <Group>
        <Select label="So sánh" data={options} value={left ?? options[0]!.value} onChange={setLeft} allowDeselect={false} />
        <Select label="với" data={options} value={right ?? options[options.length - 1]!.value} onChange={setRight} allowDeselect={false} />
      </Group>
      <Table withTableBorder>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} bg={row.a !== row.b ? "yellow.0" : undefined}>
              <Table.Th w={120}>{row.key}</Table.Th>
              <Table.Td style={{ whiteSpace: "pre-line" }}>{row.a}</Table.Td>
              <Table.Td style={{ whiteSpace: "pre-line" }}>{row.b}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
