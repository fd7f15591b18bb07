import { Anchor, Badge, Group, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { AgencyCode, describeTarget } from "@pcmt/domain";
import { ErrorAlert, formatDate, useLanguage } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { TaskTable } from "./TaskTable";

/** Everything an agency leads or coordinates across documents, its targets and its names over time. */
export function AgencyPage() {
  const { code = "" } = useParams();
  const language = useLanguage();
  const trpc = useTRPC();
  const parsed = AgencyCode.safeParse(code);
  const agency = useQuery({ ...trpc.catalog.agency.queryOptions({ code: parsed.success ? parsed.data : "police" }), enabled: parsed.success });
  const progress = useQuery({ ...trpc.catalog.agencyProgress.queryOptions({ code: parsed.success ? parsed.data : "police" }), enabled: parsed.success });
  // Where the tasks stand in the reader's province: shown when the reader may see the agency's reports.
  const states = progress.data && progress.data.length > 0 ? progress.data : undefined;
  if (!parsed.success) return <Text c="red">Mã cơ quan không hợp lệ: {code}</Text>;
  if (agency.isError) return <ErrorAlert error={agency.error} />;
  if (!agency.data) return <Text c="dimmed">Đang tải…</Text>;
  const a = agency.data;
  return (
    <Stack>
      <div>
        <Title order={2}>{language === "vi" ? a.nameVi : a.nameEn}</Title>
        <Group gap="xs">
          {a.pluginId ? (
            <Badge component={Link} to={`/p/${a.pluginId}`} variant="light" style={{ cursor: "pointer" }}>
              Mở phân hệ riêng của cơ quan
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              Không gian làm việc chung
            </Badge>
          )}
        </Group>
        {a.names.length > 0 && (
          <Text size="sm" c="dimmed">
            Tên gọi: {a.names.map((n) => `${n.name}${n.validFrom ? ` (từ ${formatDate(n.validFrom)})` : ""}${n.validTo ? ` (đến ${formatDate(n.validTo)})` : ""}`).join("; ")}
          </Text>
        )}
        {a.successions.map((s) => (
          <Text key={`${s.from}-${s.to}-${s.function}`} size="sm" c="dimmed">
            {s.function}: {s.from} → {s.to} từ {formatDate(s.effectiveOn)}
          </Text>
        ))}
      </div>
      <Tabs defaultValue="leads">
        <Tabs.List>
          <Tabs.Tab value="leads">Chủ trì ({a.leads.length})</Tabs.Tab>
          <Tabs.Tab value="coordinates">Phối hợp ({a.coordinates.length})</Tabs.Tab>
          <Tabs.Tab value="indicators">Chỉ tiêu ({a.indicators.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="leads" pt="sm">
          <TaskTable tasks={a.leads} states={states} />
        </Tabs.Panel>
        <Tabs.Panel value="coordinates" pt="sm">
          <TaskTable tasks={a.coordinates} states={states} />
        </Tabs.Panel>
        <Tabs.Panel value="indicators" pt="sm">
          <Table withTableBorder striped>
            <Table.Tbody>
              {a.indicators.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/indicators/${encodeURIComponent(i.id)}`}>
                      {i.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{describeTarget(i)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
