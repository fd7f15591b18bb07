import { Anchor, Button, CopyButton, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { agencyName, isAgencyCode } from "@pcmt/domain";
import { ErrorAlert, formatDate, ReportStateBadge, TimelinessBadge, useShell } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { addMonths, format } from "date-fns";
import { Link, useSearchParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { useProvinceOptions } from "../places/useProvinceOptions";
import { periodLabel } from "./periodLabel";

function periodOptions(selected: string): { value: string; label: string }[] {
  const now = new Date();
  const months = Array.from({ length: 36 }, (_, i) => format(addMonths(now, -i), "yyyy-MM"));
  const year = now.getFullYear();
  const longer = [year, year - 1, year - 2].flatMap((y) => [`${y}-H2`, `${y}-H1`, `${y}`]);
  const values = [...new Set([selected, ...months, ...longer])];
  return values.map((value) => ({ value, label: periodLabel(value) }));
}

const nameOf = (code: string) => (isAgencyCode(code) ? agencyName(code) : code);

/** The standing office's desk: every agency's report for a period, who is late and by how much, reminders. */
export function DeskPage() {
  const trpc = useTRPC();
  const { actor } = useShell();
  const provinceOptions = useProvinceOptions(!actor.provinceCode);
  const [params, setParams] = useSearchParams();
  const period = params.get("period") ?? format(new Date(), "yyyy-MM");
  const province = actor.provinceCode ?? params.get("province") ?? "quang_tri";
  const desk = useQuery(trpc.reports.desk.queryOptions({ period, provinceCode: province }));
  const rows = desk.data ?? [];
  const late = rows.filter((r) => r.overdue || r.timeliness === "late");
  const missing = rows.filter((r) => r.overdue);
  const reminder = missing
    .map((r) => `- ${nameOf(r.agencyCode)}: báo cáo ${periodLabel(period).toLowerCase()} quá hạn ${r.daysLate} ngày (hạn ${formatDate(r.dueDate)}). Đề nghị gửi ngay về Cơ quan thường trực.`)
    .join("\n");
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    setParams(next, { replace: true });
  };
  const count = (predicate: (r: (typeof rows)[number]) => boolean) => rows.filter(predicate).length;

  return (
    <Stack>
      <Title order={2}>Tiếp nhận báo cáo</Title>
      <Group>
        <Select label="Kỳ báo cáo" data={periodOptions(period)} value={period} onChange={(v) => set("period", v)} allowDeselect={false} searchable w={260} />
        {!actor.provinceCode && (
          <Select label="Tỉnh" data={provinceOptions} value={province} onChange={(v) => set("province", v)} allowDeselect={false} searchable w={240} />
        )}
      </Group>
      {desk.isError && <ErrorAlert error={desk.error} />}
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Text>
          Phải gửi: <b>{rows.length}</b>
        </Text>
        <Text>
          Đã gửi: <b>{count((r) => r.state === "submitted" || r.state === "accepted")}</b>
        </Text>
        <Text>
          Đã tiếp nhận: <b>{count((r) => r.state === "accepted")}</b>
        </Text>
        <Text c={missing.length ? "red" : undefined}>
          Chưa gửi, quá hạn: <b>{missing.length}</b>
        </Text>
      </SimpleGrid>
      <Table striped withTableBorder data-testid="desk-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Cơ quan</Table.Th>
            <Table.Th>Hạn gửi</Table.Th>
            <Table.Th>Trạng thái</Table.Th>
            <Table.Th>Thời hạn</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.agencyCode} data-agency={r.agencyCode}>
              <Table.Td>
                <Anchor component={Link} to={`/agencies/${r.agencyCode}`}>
                  {nameOf(r.agencyCode)}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatDate(r.dueDate)}</Table.Td>
              <Table.Td>
                <ReportStateBadge state={r.state} />
              </Table.Td>
              <Table.Td>
                <TimelinessBadge timeliness={r.timeliness} daysLate={r.daysLate} overdue={r.overdue} />
              </Table.Td>
              <Table.Td>
                {r.id && (
                  <Button component={Link} to={`/reports/${r.id}`} size="xs" variant="light">
                    {r.state === "submitted" && actor.role === "standing_office" ? "Xem xét" : "Xem"}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {late.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>Danh sách nhắc nhở</Title>
          <Textarea value={reminder || "Không có cơ quan nào chưa gửi quá hạn."} readOnly autosize minRows={2} data-testid="reminders" />
          {reminder && (
            <CopyButton value={reminder}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy} w={200}>
                  {copied ? "Đã sao chép" : "Sao chép danh sách"}
                </Button>
              )}
            </CopyButton>
          )}
        </Stack>
      )}
    </Stack>
  );
}
