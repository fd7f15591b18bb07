import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { describeError, ErrorAlert, formatDateTime, useTranslation } from "@pcmt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Bowser from "bowser";
import { useTRPC } from "../app/trpc";

/** "Chrome 120 · Linux" from a User-Agent; null when there is none. */
function describeBrowser(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const parsed = Bowser.parse(userAgent);
  const browser = [parsed.browser.name, parsed.browser.version?.split(".")[0]].filter(Boolean).join(" ");
  return [browser, parsed.os.name].filter(Boolean).join(" · ") || userAgent.slice(0, 60);
}

/** One's open sessions, this one marked, and a way to end all the others. */
export function SessionList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.auth.sessions.queryOptions());
  const endOthers = useMutation(
    trpc.auth.endOtherSessions.mutationOptions({
      onSuccess: ({ ended }) => {
        notifications.show({ color: "green", message: t("account.endedOthers", { count: ended }) });
        void queryClient.invalidateQueries({ queryKey: trpc.auth.sessions.queryKey() });
      },
      onError: (error) =>
        notifications.show({ color: "red", message: describeError(error, t("errors.network")).message }),
    }),
  );
  if (sessions.error) return <ErrorAlert error={sessions.error} />;
  const rows = sessions.data ?? [];
  const others = rows.filter((s) => !s.current).length;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t("account.sessionsIntro")}
      </Text>
      <Table withTableBorder data-testid="session-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("account.browser")}</Table.Th>
            <Table.Th>{t("account.address")}</Table.Th>
            <Table.Th>{t("account.signedInAt")}</Table.Th>
            <Table.Th>{t("account.lastSeenAt")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => {
            // Browser and system names come from the browser's User-Agent, as they are.
            const browser = describeBrowser(s.userAgent);
            return (
              <Table.Tr key={`${s.signedInAt}-${s.clientIp}-${s.current}`}>
                <Table.Td>
                  <Group gap="xs">
                    {browser === null ? t("account.unknown") : <span translate="no">{browser}</span>}
                    {s.current && <Badge size="sm">{t("account.thisSession")}</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td translate={s.clientIp ? "no" : undefined}>{s.clientIp ?? t("account.unknown")}</Table.Td>
                <Table.Td>{formatDateTime(s.signedInAt)}</Table.Td>
                <Table.Td>{formatDateTime(s.lastSeenAt)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {others > 0 ? (
        <Button
          variant="light"
          color="red"
          w="fit-content"
          loading={endOthers.isPending}
          onClick={() => endOthers.mutate()}
        >
          {t("account.endOthers")} ({others})
        </Button>
      ) : (
        <Text size="sm">{t("account.noOthers")}</Text>
      )}
    </Stack>
  );
}
