import { Alert, Button, Card, FileInput, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorAlert, formatNumber, useShell } from "@pcmt/ui";
import { IconDownload, IconUpload } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { downloadText } from "../files/browserFiles";
import { UploadProgress } from "../files/UploadProgress";
import { useFileUpload } from "../files/useFileUpload";

const columns = ["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị"];

/** A template to fill: the four columns (UTF-8 with BOM, so Excel shows the accents). */
function downloadTemplate() {
  downloadText("mau-nhap-so-lieu.csv", `\uFEFF${columns.join(",")}\n`, "text/csv;charset=utf-8");
}

/**
 * Values across places and periods at once (a year of history, figures kept in spreadsheets): a .csv or .xlsx file
 * in long form, checked line by line and stored all or nothing.
 */
export function ImportValuesPage() {
  const { actor } = useShell();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const importFile = useFileUpload("data-values");
  const result = importFile.data;

  const submit = () => {
    if (!file) return;
    // Stored values change the console, the desk and every grid: what was read before is stale.
    importFile.mutate({ fields: {}, file }, { onSuccess: (r) => r.problemCount === 0 && void queryClient.invalidateQueries() });
  };

  return (
    <Stack maw={1000}>
      <Title order={2}>Nhập số liệu hàng loạt</Title>
      <Text c="dimmed">
        Một tệp .csv hoặc .xlsx, mỗi dòng một giá trị, có dòng tiêu đề với các cột <b>{columns.join(", ")}</b>. Mã chỉ tiêu có dạng “mã-văn-bản#mã-chỉ-tiêu” (xem trang Chỉ tiêu); mã địa bàn là mã xã, phường (hoặc huyện, với số liệu trước
        1/7/2025); kỳ có dạng 2025-08, 2025-Q3, 2025-H2 hoặc 2025. Ô giá trị để trống thì xóa giá trị đã lưu.
      </Text>
      <List size="sm">
        <List.Item>Tệp được kiểm tra toàn bộ: chỉ khi không còn lỗi nào mới được lưu; có lỗi thì không lưu gì và liệt kê từng lỗi theo dòng, cột.</List.Item>
        <List.Item>
          {actor.role === "agency_officer"
            ? "Cán bộ nhập số liệu của cơ quan mình, trong tỉnh của mình, cho các kỳ chưa gửi báo cáo."
            : actor.role === "standing_office"
              ? "Cơ quan thường trực nhập số liệu của mọi cơ quan trong tỉnh."
              : "Quản trị viên nhập số liệu của mọi tỉnh."}
        </List.Item>
        <List.Item>Số liệu vừa lưu hiện ngay trên bảng điều hành.</List.Item>
      </List>
      <Card withBorder>
        <Group align="end">
          <FileInput label="Tệp số liệu" placeholder="Chọn tệp .csv hoặc .xlsx" accept=".csv,.xlsx" value={file} onChange={setFile} clearable w={360} data-testid="import-file" />
          <Button leftSection={<IconUpload size={16} />} onClick={submit} disabled={!file} loading={importFile.isPending}>
            Kiểm tra và lưu
          </Button>
          <Button variant="subtle" leftSection={<IconDownload size={16} />} onClick={downloadTemplate}>
            Tải tệp mẫu
          </Button>
        </Group>
        <UploadProgress sent={importFile.sent} pending={importFile.isPending} readingLabel="Đang đọc và kiểm tra từng dòng của tệp, rồi lưu…" />
      </Card>
      {importFile.error && <ErrorAlert error={importFile.error} />}
      {result && result.problemCount === 0 && (
        <Alert color="green" title="Đã lưu" data-testid="import-result">
          {formatNumber(result.lines)} dòng: {formatNumber(result.written)} giá trị được lưu, {formatNumber(result.cleared)} giá trị được xóa, {formatNumber(result.unchanged)} giá trị không đổi.
        </Alert>
      )}
      {result && result.problemCount > 0 && (
        <Stack data-testid="import-problems">
          <Alert color="red" title="Không lưu gì: tệp còn lỗi">
            {formatNumber(result.problemCount)} lỗi{result.problemCount > result.problems.length ? ` (hiện ${result.problems.length} lỗi đầu)` : ""}. Sửa tệp rồi nhập lại.
          </Alert>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>Dòng</Table.Th>
                <Table.Th w={140}>Cột</Table.Th>
                <Table.Th>Lỗi</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.problems.map((p, i) => (
                <Table.Tr key={`${p.row}-${p.column}-${i}`}>
                  <Table.Td>{p.row || "—"}</Table.Td>
                  <Table.Td>{p.column || "—"}</Table.Td>
                  <Table.Td>{p.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
