import {
  AppShell,
  Burger,
  Group,
  NavLink,
  ScrollArea,
  SegmentedControl,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type Actor, agencyName, provinceName, roleLabels } from "@pcmt/domain";
import { setLanguage, useLanguage, useLocalized, useTranslation } from "@pcmt/ui";
import {
  IconBriefcase,
  IconChecklist,
  IconFileImport,
  IconFileText,
  IconGauge,
  IconInbox,
  IconLogout,
  IconReport,
  IconSearch,
  IconTableImport,
  IconTarget,
  IconUserCircle,
  IconUsers,
} from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { Fragment, type ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { useTRPC } from "../app/trpc";
import { pluginTasksPath } from "../plugins/PluginPage";
import type { VisiblePlugin } from "../plugins/useVisiblePlugins";
import { NotificationCentre } from "../notifications/NotificationCentre";
import { useProvinceOptions } from "../places/useProvinceOptions";

const dataMark = "\uE000";

/**
 * A translated sentence around a person's data (a name, a username): `sentence` is given a mark to put in the data's
 * place; the data itself is kept from translation (`translate="no"`).
 */
export function DataSentence({ sentence, data }: { sentence: (mark: string) => string; data: string }) {
  const parts = sentence(dataMark).split(dataMark);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <span translate="no">{data}</span>}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** A province's name (a place name: data, shown as written), from the server's list of provinces. */
export function useProvinceLabel(): (code: string) => string {
  const options = useProvinceOptions();
  return (code) => options.find((p) => p.value === code)?.label ?? provinceName(code);
}

/** The frame of every page: navigation built from the visible plugins and the user's role. */
export function AppLayout({
  actor,
  plugins,
  children,
}: {
  actor: Actor;
  plugins: VisiblePlugin[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const language = useLanguage();
  const provinceLabel = useProvinceLabel();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const trpc = useTRPC();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      // A full page load after signing out leaves nothing of the previous user in memory.
      onSettled: () => window.location.assign("/"),
    }),
  );
  const isActive = (path: string) => location.pathname === path || location.pathname.startsWith(`${path}/`);
  const oversight = actor.role !== "agency_officer";
  const ownsPlugin = actor.role === "agency_officer" && plugins.length > 0;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 280, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" />
            <Title order={4} c="red.8">
              {t("app.name")}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t("app.fullName")}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SegmentedControl
              size="xs"
              value={language}
              onChange={(value) => setLanguage(value === "en" ? "en" : "vi")}
              data={[
                { value: "vi", label: "VI" },
                { value: "en", label: "EN" },
              ]}
              aria-label={t("app.language")}
            />
            <NotificationCentre />
            <UnstyledButton component={Link} to="/account" aria-label={t("nav.account")}>
              <Group gap={4}>
                <IconUserCircle size={18} />
                <Text size="sm" visibleFrom="sm" data-testid="signed-in-user">
                  <DataSentence sentence={(name) => t("auth.signedInAs", { name })} data={actor.displayName} />
                </Text>
              </Group>
            </UnstyledButton>
            <UnstyledButton onClick={() => signOut.mutate()} aria-label={t("auth.signOut")}>
              <Group gap={4}>
                <IconLogout size={18} />
                <Text size="sm">{t("auth.signOut")}</Text>
              </Group>
            </UnstyledButton>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section>
          <Text size="xs" c="dimmed">
            {roleLabels[actor.role][language]}
            {actor.agencyCode ? ` · ${agencyName(actor.agencyCode, language)}` : ""}
            {actor.provinceCode && (
              <>
                {" · "}
                <span translate="no">{provinceLabel(actor.provinceCode)}</span>
              </>
            )}
          </Text>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} mt="sm">
          <nav aria-label={t("nav.modules")}>
            {oversight && (
              <NavLink
                component={Link}
                to="/console"
                label={t("nav.console")}
                leftSection={<IconGauge size={18} />}
                active={isActive("/console")}
                onClick={close}
              />
            )}
            {actor.role === "agency_officer" && !ownsPlugin && (
              <NavLink
                component={Link}
                to="/workspace"
                label={t("nav.workspace")}
                leftSection={<IconBriefcase size={18} />}
                active={isActive("/workspace")}
                onClick={close}
              />
            )}
            {actor.role === "agency_officer" && (
              <NavLink
                component={Link}
                to="/reports"
                label={t("nav.reports")}
                leftSection={<IconReport size={18} />}
                active={isActive("/reports")}
                onClick={close}
              />
            )}
            {oversight && (
              <NavLink
                component={Link}
                to="/desk"
                label={t("nav.desk")}
                leftSection={<IconInbox size={18} />}
                active={isActive("/desk")}
                onClick={close}
              />
            )}
            {actor.role !== "steering_committee" && (
              <NavLink
                component={Link}
                to="/data/import"
                label={t("nav.importValues")}
                leftSection={<IconTableImport size={18} />}
                active={isActive("/data/import")}
                onClick={close}
              />
            )}
            {(actor.role === "standing_office" || actor.role === "admin") && (
              <NavLink
                component={Link}
                to="/intake"
                label={t("nav.intake")}
                leftSection={<IconFileImport size={18} />}
                active={isActive("/intake")}
                onClick={close}
              />
            )}
            <NavLink
              component={Link}
              to="/catalog"
              label={t("nav.documents")}
              leftSection={<IconFileText size={18} />}
              active={isActive("/catalog")}
              onClick={close}
            />
            <NavLink
              component={Link}
              to="/tasks"
              label={t("nav.tasks")}
              leftSection={<IconSearch size={18} />}
              active={isActive("/tasks")}
              onClick={close}
            />
            <NavLink
              component={Link}
              to="/indicators"
              label={t("nav.indicators")}
              leftSection={<IconTarget size={18} />}
              active={isActive("/indicators")}
              onClick={close}
            />
            {plugins.map(({ info, web }) => (
              <NavLink
                key={info.id}
                label={localize(info.displayName)}
                defaultOpened
                childrenOffset={12}
                data-plugin={info.id}
              >
                <NavLink
                  component={Link}
                  to={`/p/${info.id}/${pluginTasksPath}`}
                  label={actor.role === "agency_officer" ? t("nav.myWork") : t("nav.assignedTasks")}
                  leftSection={<IconChecklist size={18} />}
                  active={location.pathname === `/p/${info.id}/${pluginTasksPath}`}
                  onClick={close}
                />
                {web.navigation
                  .filter((item) => !item.roles || item.roles.includes(actor.role))
                  .map((item) => {
                    const to = `/p/${info.id}${item.path ? `/${item.path}` : ""}`;
                    const Icon = item.icon;
                    return (
                      <NavLink
                        key={to}
                        component={Link}
                        to={to}
                        label={localize(item.label)}
                        leftSection={Icon ? <Icon size={18} /> : null}
                        active={location.pathname === to}
                        onClick={close}
                      />
                    );
                  })}
              </NavLink>
            ))}
            {actor.role === "admin" && (
              <NavLink
                component={Link}
                to="/admin/users"
                label={t("nav.users")}
                leftSection={<IconUsers size={18} />}
                active={isActive("/admin/users")}
                onClick={close}
              />
            )}
          </nav>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
