import { Progress, Stack, Text } from "@mantine/core";

/** While a file is sent, how much has gone; once sent, that the server is reading and checking it. */
export function UploadProgress({ sent, pending, readingLabel = "Đang đọc, kiểm tra và lưu tệp…" }: { sent: number | null; pending: boolean; readingLabel?: string }) {
  if (!pending) return null;
  const sending = sent !== null && sent < 1;
  return (
    <Stack gap={4} mt="sm" data-testid="upload-progress">
      <Text size="sm">{sending ? `Đang gửi tệp… ${Math.round((sent ?? 0) * 100)}%` : readingLabel}</Text>
      <Progress value={sending ? (sent ?? 0) * 100 : 100} animated={!sending} />
    </Stack>
  );
}
