import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from "@mantine/core";
import { formatDateTime, useLanguage, useTranslation } from "@pcmt/ui";
import { IconBell } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useTRPC } from "../app/trpc";
import { describeNotice } from "./describeNotice";

/** The bell in the header: unread count, the latest notifications as sentences, each opening its report. */
export function NotificationCentre() {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  // A minute is soon enough for a reminder; the page also refreshes it when it regains focus.
  const mine = useQuery({ ...trpc.notifications.mine.queryOptions({ limit: 30 }), refetchInterval: 60_000 });
  const markRead = useMutation({
    ...trpc.notifications.markRead.mutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.mine.queryKey() }),
  });
  const unread = mine.data?.unread ?? 0;
  const items = mine.data?.items ?? [];
  return (
    <Popover opened={opened} onChange={setOpened} width={420} position="bottom-end" shadow="md">
      <Popover.Target>
        <Indicator label={unread} size={16} disabled={unread === 0} color="red" offset={4}>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setOpened((o) => !o)}
            aria-label={t("notices.open", { count: unread })}
            data-testid="notification-bell"
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown data-testid="notification-centre">
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t("notices.title")}</Text>
          {unread > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => markRead.mutate({})}>
              {t("notices.markAll")}
            </Button>
          )}
        </Group>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("notices.none")}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420}>
            <Stack gap={4}>
              {items.map((item) => {
                const { sentence, detail } = describeNotice(t, language, item);
                return (
                  <UnstyledButton
                    key={item.id}
                    p={6}
                    data-notice={item.kind}
                    data-unread={item.readAt === null}
                    style={{
                      borderRadius: 4,
                      background: item.readAt === null ? "var(--mantine-color-blue-0)" : undefined,
                    }}
                    onClick={() => {
                      if (item.readAt === null) markRead.mutate({ ids: [item.id] });
                      setOpened(false);
                      void navigate(item.reportId ? `/reports/${item.reportId}` : "/reports");
                    }}
                  >
                    <Text size="sm">{sentence}</Text>
                    {detail && (
                      <Text size="xs" c="dimmed">
                        {detail}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {formatDateTime(item.createdAt)}
                    </Text>
                  </UnstyledButton>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
