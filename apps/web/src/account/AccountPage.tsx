import { Card, Stack, Text, Title } from "@mantine/core";
import { agencyName, roleLabels } from "@pcmt/domain";
import { useLanguage, useShell, useTranslation } from "@pcmt/ui";
import { useProvinceLabel } from "../layout/AppLayout";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { SessionList } from "./SessionList";

/** One's own account: who one is, the password, the sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  const { actor } = useShell();
  const language = useLanguage();
  const provinceLabel = useProvinceLabel();
  return (
    <Stack maw={900}>
      <Title order={2}>{t("account.title")}</Title>
      <Text>
        <b translate="no">{actor.displayName}</b> (<span translate="no">{actor.username}</span>) ·{" "}
        {roleLabels[actor.role][language]}
        {actor.agencyCode ? ` · ${agencyName(actor.agencyCode, language)}` : ""}
        {actor.provinceCode && (
          <>
            {" · "}
            <span translate="no">{provinceLabel(actor.provinceCode)}</span>
          </>
        )}
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
