import { Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "@pcmt/ui";

/** While a file is sent, how much has gone; once sent, that the server is reading and checking it. */
export function UploadProgress({
  sent,
  pending,
  readingLabel,
}: {
  sent: number | null;
  pending: boolean;
  readingLabel?: string;
}) {
  const { t } = useTranslation();
  if (!pending) return null;
  const sending = sent !== null && sent < 1;
  return (
    <Stack gap={4} mt="sm" data-testid="upload-progress">
      <Text size="sm">
        {sending
          ? t("shellPages.upload.sending", { percent: Math.round((sent ?? 0) * 100) })
          : (readingLabel ?? t("shellPages.upload.reading"))}
      </Text>
      <Progress value={sending ? (sent ?? 0) * 100 : 100} animated={!sending} />
    </Stack>
  );
}
