import { Card, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useLocalized, useTranslation } from "@pcmt/ui";
import { Suspense } from "react";
import { Link } from "react-router";
import type { VisiblePlugin } from "../plugins/useVisiblePlugins";
import { ConsoleOverview } from "./ConsoleOverview";

/** The steering committee's console: the widgets the enabled plugins contribute. */
export function ConsolePage({ plugins }: { plugins: VisiblePlugin[] }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const widgets = plugins.flatMap(({ info, web }) =>
    info.consoleWidgets.map((widget) => ({ plugin: info, widget, Render: web.consoleWidgets?.[widget.id] })),
  );
  return (
    <Stack>
      <div>
        <Title order={2}>{t("home.consoleTitle")}</Title>
        <Text c="dimmed">{t("home.consoleIntro")}</Text>
      </div>
      <ConsoleOverview />
      <Title order={4}>{t("consolePages.fromModules")}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {widgets.map(({ plugin, widget, Render }) => (
          <Card
            key={`${plugin.id}.${widget.id}`}
            withBorder
            component={Link}
            to={`/p/${plugin.id}`}
            data-widget={`${plugin.id}.${widget.id}`}
          >
            <Text size="xs" c="dimmed" tt="uppercase">
              {localize(plugin.displayName)}
            </Text>
            <Text fw={600} mb="xs">
              {localize(widget.title)}
            </Text>
            <Suspense fallback={<Loader size="sm" />}>{Render ? <Render /> : <Text c="dimmed">—</Text>}</Suspense>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
