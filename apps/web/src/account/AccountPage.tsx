import { Card, Stack, Text, Title } from "@mantine/core";
import { agencyName, provinceName, roleLabels } from "@pcmt/domain";
import { useLanguage, useShell, useTranslation } from "@pcmt/ui";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { SessionList } from "./SessionList";

/** One's own account: who one is, the password, the sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  const { actor } = useShell();
  const language = useLanguage();
  return (
    <Stack maw={900}>
      <Title order={2}>{t("account.title")}</Title>
      <Text>
        <b>{actor.displayName}</b> ({actor.username}) · {roleLabels[actor.role][language]}
        {actor.agencyCode ? ` · ${agencyName(actor.agencyCode, language)}` : ""}
        {actor.provinceCode ? ` · ${provinceName(actor.provinceCode)}` : ""}
      </Text>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t("account.changePassword")}
        </Title>
        <ChangePasswordForm />
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t("account.sessions")}
        </Title>
        <SessionList />
      </Card>
    </Stack>
  );
}
