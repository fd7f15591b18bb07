import { ActionIcon, Alert, Button, FileButton, Group, Modal, NumberInput, ScrollArea, Stack, Table, Text, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { AppRouter } from "@pcmt/api";
import { describeError, ErrorAlert } from "@pcmt/ui";
import { IconDownload, IconHistory, IconUpload } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { useTRPC } from "../app/trpc";
import { downloadBase64 } from "../files/browserFiles";
import { UploadProgress } from "../files/UploadProgress";
import { useFileUpload } from "../files/useFileUpload";

type Problem = inferRouterOutputs<AppRouter>["dataEntry"]["save"]["problems"][number];
const key = (orgUnit: string, elementId: string) => `${orgUnit}|${elementId}`;

/** The report's value grid: places × data elements, saved all or nothing, imported from or exported to Excel. */
export function DataGridPanel({ reportId, canEdit }: { reportId: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const grid = useQuery(trpc.dataEntry.grid.queryOptions({ reportId }));
  const [edits, setEdits] = useState<Record<string, number | null>>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const [historyOf, setHistoryOf] = useState<{ orgUnit: string; elementId: string } | null>(null);
  const save = useMutation(trpc.dataEntry.save.mutationOptions());
  const importFile = useFileUpload("data-grid");
  const setGrid = (next: NonNullable<typeof grid.data>) => queryClient.setQueryData(trpc.dataEntry.grid.queryKey({ reportId }), next);

  if (grid.isError) return <ErrorAlert error={grid.error} />;
  if (!grid.data) return <Text c="dimmed">Đang tải…</Text>;
  const g = grid.data;
  if (g.elements.length === 0) return <Text c="dimmed">Các văn bản không yêu cầu cơ quan báo cáo số liệu nào trong kỳ này.</Text>;
  const valueOf = (orgUnit: string, elementId: string) => {
    const k = key(orgUnit, elementId);
    return k in edits ? edits[k] : (g.cells.find((c) => c.orgUnit === orgUnit && c.elementId === elementId)?.value ?? null);
  };
  const problemAt = (orgUnit: string, elementId: string) => problems.find((p) => p.orgUnit === orgUnit && p.elementId === elementId);

  async function saveEdits() {
    const cells = Object.entries(edits).map(([k, value]) => {
      const [orgUnit = "", elementId = ""] = k.split("|");
      return { orgUnit, elementId, value };
    });
    try {
      const result = await save.mutateAsync({ reportId, cells });
      setProblems(result.problems);
      if (result.problems.length === 0) {
        setEdits({});
        setGrid(result.grid);
        notifications.show({ color: "green", message: `Đã lưu ${result.stored} ô số liệu.` });
      }
    } catch (error) {
      notifications.show({ color: "red", message: describeError(error, "Không kết nối được máy chủ.").message });
    }
  }

  async function importFrom(file: File | null) {
    if (!file) return;
    try {
      const result = await importFile.mutateAsync({ fields: { reportId }, file });
      setProblems(result.problems);
      setGrid(result.grid);
      if (result.problems.length === 0) {
        setEdits({});
        notifications.show({ color: "green", message: `Đã nhập ${result.stored} ô số liệu từ ${file.name}.` });
      }
    } catch (error) {
      notifications.show({ color: "red", message: describeError(error, "Không kết nối được máy chủ.").message });
    }
  }

  async function exportXlsx() {
    const file = await queryClient.fetchQuery({ ...trpc.dataEntry.exportFile.queryOptions({ reportId }), staleTime: 0 });
    downloadBase64(file.fileName, file.contentBase64, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  return (
    <Stack>
      <Group>
        {canEdit && (
          <Button onClick={saveEdits} loading={save.isPending} disabled={Object.keys(edits).length === 0}>
            Lưu số liệu
          </Button>
        )}
        {canEdit && (
          <FileButton onChange={importFrom} accept=".xlsx,.csv">
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={importFile.isPending}>
                Nhập từ tệp Excel/CSV
              </Button>
            )}
          </FileButton>
        )}
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={exportXlsx}>
          Xuất Excel
        </Button>
        <Text size="xs" c="dimmed">
          Địa bàn: {g.level === "district" ? "cấp huyện (trước 1/7/2025)" : "cấp xã (từ 1/7/2025)"}
        </Text>
      </Group>
      <UploadProgress sent={importFile.sent} pending={importFile.isPending} />
      {problems.length > 0 && (
        <Alert color="red" title={`Chưa lưu: ${problems.length} lỗi cần sửa`} data-testid="grid-problems">
          <Table>
            <Table.Tbody>
              {problems.map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{p.row > 0 ? `Dòng ${p.row}` : ""}</Table.Td>
                  <Table.Td>{p.column}</Table.Td>
                  <Table.Td>{p.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
      <ScrollArea type="auto">
        <Table withTableBorder withColumnBorders striped data-testid="data-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Địa bàn</Table.Th>
              {g.elements.map((e) => (
                <Table.Th key={e.id} miw={150}>
                  <Text size="xs" fw={600}>
                    {e.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {e.code} ({e.unit})
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {g.units.map((u) => (
              <Table.Tr key={u.code}>
                <Table.Td>{u.name}</Table.Td>
                {g.elements.map((e) => {
                  const problem = problemAt(u.code, e.id);
                  return (
                    <Table.Td key={e.id}>
                      <Group gap={2} wrap="nowrap">
                        <NumberInput
                          size="xs"
                          hideControls
                          readOnly={!canEdit}
                          decimalSeparator=","
                          thousandSeparator="."
                          value={valueOf(u.code, e.id) ?? ""}
                          error={problem?.message.split(": ").slice(1).join(": ")}
                          aria-label={`${e.name} — ${u.name}`}
                          onChange={(v) => setEdits({ ...edits, [key(u.code, e.id)]: v === "" ? null : Number(v) })}
                        />
                        <Tooltip label="Lịch sử thay đổi">
                          <ActionIcon size="xs" variant="subtle" color="gray" aria-label={`Lịch sử ${e.name} — ${u.name}`} onClick={() => setHistoryOf({ orgUnit: u.code, elementId: e.id })}>
                            <IconHistory size={12} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Modal opened={historyOf !== null} onClose={() => setHistoryOf(null)} title="Lịch sử số liệu">
        {historyOf && <ValueHistory reportId={reportId} {...historyOf} />}
      </Modal>
    </Stack>
  );
}

function ValueHistory({ reportId, orgUnit, elementId }: { reportId: string; orgUnit: string; elementId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.dataEntry.valueHistory.queryOptions({ reportId, orgUnit, elementId }));
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (!history.data?.length) return <Text c="dimmed">Chưa có thay đổi.</Text>;
  return (
    <Table>
      <Table.Tbody>
        {history.data.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{new Date(h.at).toLocaleString("vi-VN")}</Table.Td>
            <Table.Td>{h.actor ?? "—"}</Table.Td>
            <Table.Td>
              {String(h.before ?? "—")} → {String(h.after ?? "—")}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
