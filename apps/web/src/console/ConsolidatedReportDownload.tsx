import { Button, Group } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { describeError, useTranslation } from "@pcmt/ui";
import { IconFileSpreadsheet, IconFileText } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";
import { downloadBase64 } from "../files/browserFiles";

const mimeTypes = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Downloads the consolidated report to send upward, in Word or Excel, for the period the console shows (by default
 * the latest whose reporting deadline has passed): the report and the console always read the same period.
 */
export function ConsolidatedReportDownload({ provinceCode, period }: { provinceCode: string; period: string | null }) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [loading, setLoading] = useState<"docx" | "xlsx" | null>(null);
  async function download(kind: "docx" | "xlsx") {
    setLoading(kind);
    try {
      const file = await queryClient.fetchQuery({
        ...trpc.console.consolidatedReport.queryOptions({ provinceCode, period: period ?? undefined, format: kind }),
        staleTime: 0,
      });
      downloadBase64(file.fileName, file.contentBase64, mimeTypes[kind]);
    } catch (error) {
      const described = describeError(error, t("consolePages.download.network"));
      // A server's refusal comes composed in Vietnamese; the fallback (no server reached) is ours.
      notifications.show({
        color: "red",
        title: t("consolePages.download.failed"),
        message: described.code ? <span data-server-text>{described.message}</span> : described.message,
      });
    } finally {
      setLoading(null);
    }
  }
  return (
    <Group align="flex-end" gap="xs">
      <Button leftSection={<IconFileText size={16} />} loading={loading === "docx"} onClick={() => download("docx")}>
        {t("consolePages.download.word")}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} />}
        loading={loading === "xlsx"}
        onClick={() => download("xlsx")}
      >
        {t("consolePages.download.excel")}
      </Button>
    </Group>
  );
}
