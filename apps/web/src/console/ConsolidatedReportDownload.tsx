import { Button, Group, Select } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { describeError } from "@pcmt/ui";
import { IconFileSpreadsheet, IconFileText } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { addMonths, format } from "date-fns";
import { useState } from "react";
import { useTRPC } from "../app/trpc";
import { downloadBase64 } from "../files/browserFiles";
import { periodLabel } from "../reports/periodLabel";

const mimeTypes = { docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

function periodChoices() {
  const now = new Date();
  const months = Array.from({ length: 36 }, (_, i) => format(addMonths(now, -i), "yyyy-MM"));
  const years = [0, 1, 2].flatMap((i) => [`${now.getFullYear() - i}`, `${now.getFullYear() - i}-H2`, `${now.getFullYear() - i}-H1`]);
  return [...years, ...months].map((value) => ({ value, label: periodLabel(value) }));
}

/** Downloads the consolidated report to send upward, in Word or Excel. */
export function ConsolidatedReportDownload({ provinceCode }: { provinceCode: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [period, setPeriod] = useState(format(addMonths(new Date(), -1), "yyyy-MM"));
  const [loading, setLoading] = useState<"docx" | "xlsx" | null>(null);
  async function download(kind: "docx" | "xlsx") {
    setLoading(kind);
    try {
      const file = await queryClient.fetchQuery({ ...trpc.console.consolidatedReport.queryOptions({ provinceCode, period, format: kind }), staleTime: 0 });
      downloadBase64(file.fileName, file.contentBase64, mimeTypes[kind]);
    } catch (error) {
      notifications.show({ color: "red", title: "Không lập được báo cáo", message: describeError(error, "Không kết nối được máy chủ.").message });
    } finally {
      setLoading(null);
    }
  }
  return (
    <Group align="flex-end">
      <Select label="Báo cáo tổng hợp — kỳ" data={periodChoices()} value={period} onChange={(v) => v && setPeriod(v)} allowDeselect={false} searchable w={240} />
      <Button leftSection={<IconFileText size={16} />} loading={loading === "docx"} onClick={() => download("docx")}>
        Tải Word
      </Button>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={loading === "xlsx"} onClick={() => download("xlsx")}>
        Tải Excel
      </Button>
    </Group>
  );
}
