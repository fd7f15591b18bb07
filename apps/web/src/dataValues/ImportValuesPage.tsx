import { Alert, Button, Card, FileInput, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorAlert, formatNumber, useShell, useTranslation, vi } from "@pcmt/ui";
import { IconDownload, IconUpload } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { downloadText } from "../files/browserFiles";
import { UploadProgress } from "../files/UploadProgress";
import { useFileUpload } from "../files/useFileUpload";

/** The header row the server reads: always these Vietnamese words, whatever the page's language. */
const header = vi.reportPages.importValues.header;
type Column = keyof typeof header;
const columnKeys = Object.keys(header) as Column[];
const columns = columnKeys.map((key) => header[key]);

/** A template to fill: the four columns (UTF-8 with BOM, so Excel shows the accents). */
function downloadTemplate(fileName: string) {
  downloadText(fileName, `\uFEFF${columns.join(",")}\n`, "text/csv;charset=utf-8");
}

/**
 * Values across places and periods at once (a year of history, figures kept in spreadsheets): a .csv or .xlsx file
 * in long form, checked line by line and stored all or nothing.
 */
export function ImportValuesPage() {
  const { t } = useTranslation();
  const { actor } = useShell();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const importFile = useFileUpload("data-values");
  const result = importFile.data;

  const submit = () => {
    if (!file) return;
    // Stored values change the console, the desk and every grid: what was read before is stale.
    importFile.mutate(
      { fields: {}, file },
      { onSuccess: (r) => r.problemCount === 0 && void queryClient.invalidateQueries() },
    );
  };

  return (
    <Stack maw={1000}>
      <Title order={2}>{t("nav.importValues")}</Title>
      <Text c="dimmed">
        {t("reportPages.importValues.introBefore")}
        <b translate="no">{columns.join(", ")}</b>
        {t("reportPages.importValues.introAfter", {
          gloss: columnKeys.map((key) => t(`reportPages.importValues.header.${key}`)).join(", "),
        })}
      </Text>
      <List size="sm">
        <List.Item>{t("reportPages.importValues.allOrNothing")}</List.Item>
        <List.Item>
          {actor.role === "agency_officer"
            ? t("reportPages.importValues.whoOfficer")
            : actor.role === "standing_office"
              ? t("reportPages.importValues.whoOffice")
              : t("reportPages.importValues.whoAdmin")}
        </List.Item>
        <List.Item>{t("reportPages.importValues.shownAtOnce")}</List.Item>
      </List>
      <Card withBorder>
        <Group align="end">
          <FileInput
            label={t("reportPages.importValues.file")}
            placeholder={t("reportPages.importValues.filePlaceholder")}
            accept=".csv,.xlsx"
            value={file}
            onChange={setFile}
            clearable
            w={360}
            data-testid="import-file"
          />
          <Button
            leftSection={<IconUpload size={16} />}
            onClick={submit}
            disabled={!file}
            loading={importFile.isPending}
          >
            {t("reportPages.importValues.submit")}
          </Button>
          <Button
            variant="subtle"
            leftSection={<IconDownload size={16} />}
            onClick={() => downloadTemplate(t("reportPages.importValues.templateName"))}
          >
            {t("reportPages.importValues.template")}
          </Button>
        </Group>
        <UploadProgress
          sent={importFile.sent}
          pending={importFile.isPending}
          readingLabel={t("reportPages.importValues.reading")}
        />
      </Card>
      {importFile.error && <ErrorAlert error={importFile.error} />}
      {result && result.problemCount === 0 && (
        <Alert color="green" title={t("reportPages.importValues.savedTitle")} data-testid="import-result">
          {t("reportPages.importValues.savedBody", {
            lines: formatNumber(result.lines),
            written: formatNumber(result.written),
            cleared: formatNumber(result.cleared),
            unchanged: formatNumber(result.unchanged),
          })}
        </Alert>
      )}
      {result && result.problemCount > 0 && (
        <Stack data-testid="import-problems">
          <Alert color="red" title={t("reportPages.importValues.problemsTitle")}>
            {result.problemCount > result.problems.length
              ? t("reportPages.importValues.problemsMore", {
                  count: formatNumber(result.problemCount),
                  shown: formatNumber(result.problems.length),
                })
              : t("reportPages.importValues.problems", { count: formatNumber(result.problemCount) })}
          </Alert>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t("reportPages.importValues.row")}</Table.Th>
                <Table.Th w={140}>{t("reportPages.importValues.column")}</Table.Th>
                <Table.Th>{t("reportPages.importValues.problem")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.problems.map((p, i) => (
                <Table.Tr key={`${p.row}-${p.column}-${i}`}>
                  <Table.Td>{p.row || "—"}</Table.Td>
                  <ColumnCell column={p.column} />
                  {/* Composed by the server, in Vietnamese, with what the line said: no structured form to word here. */}
                  <Table.Td data-server-text>{p.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}

/** A problem's column, named by the server with its Vietnamese header: said in the page's language when it is known. */
function ColumnCell({ column }: { column: string }) {
  const { t } = useTranslation();
  const key = columnKeys.find((k) => header[k] === column);
  if (key) {
    const name = t(`reportPages.importValues.header.${key}`);
    return <Table.Td>{name.charAt(0).toUpperCase() + name.slice(1)}</Table.Td>;
  }
  return <Table.Td translate="no">{column || "—"}</Table.Td>;
}
