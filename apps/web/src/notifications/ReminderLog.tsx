import { Badge, Stack, Table, Text, Title } from "@mantine/core";
import { agencyName, isAgencyCode } from "@pcmt/domain";
import { ErrorAlert, formatDateTime, useLanguage, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../app/trpc";

/** Every reminder of a period in a province, by the schedule or the office: when, whom, how it reached them. */
export function ReminderLog({ provinceCode, period }: { provinceCode: string; period: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const log = useQuery(trpc.notifications.reminderLog.queryOptions({ provinceCode, period }));
  const name = (code: string) => (isAgencyCode(code) ? agencyName(code, language) : code);
  return (
    <Stack gap="xs" data-testid="reminder-log">
      <Title order={4}>{t("notices.log")}</Title>
      {log.isError && <ErrorAlert error={log.error} />}
      {log.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("notices.logNone")}
        </Text>
      )}
      {!!log.data?.length && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("notices.logWhen")}</Table.Th>
              <Table.Th>{t("notices.logAgency")}</Table.Th>
              <Table.Th>{t("notices.logKind")}</Table.Th>
              <Table.Th>{t("notices.logBy")}</Table.Th>
              <Table.Th ta="right">{t("notices.logPeople")}</Table.Th>
              <Table.Th>{t("notices.logEmail")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data.map((row) => (
              <Table.Tr key={row.id} data-kind={row.kind}>
                <Table.Td>{formatDateTime(row.sentAt)}</Table.Td>
                <Table.Td>{name(row.agencyCode)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={row.kind === "manual" ? "blue" : "gray"}>
                    {t(`notices.kind.${row.kind}`)}
                  </Badge>
                  {row.note && (
                    <Text size="xs" c="dimmed">
                      “{row.note}”
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{row.sentBy ?? t("notices.logSchedule")}</Table.Td>
                <Table.Td ta="right">{row.recipients}</Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {t("notices.logEmailCounts", {
                      sent: row.emailsSent,
                      pending: row.emailsPending,
                      unsent: row.emailsUnsent,
                    })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
