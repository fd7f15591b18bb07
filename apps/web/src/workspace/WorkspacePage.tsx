import { Alert, Stack, Text, Title } from "@mantine/core";
import { type Actor, agencyName } from "@pcmt/domain";
import { useLanguage, useTranslation } from "@pcmt/ui";
import { MyWorkPage } from "./MyWorkPage";
import type { VisiblePlugin } from "../plugins/useVisiblePlugins";

/** The core's generic agency workspace, for agencies without a plugin of their own. */
export function WorkspacePage({ actor, plugins }: { actor: Actor; plugins: VisiblePlugin[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const agency = actor.agencyCode ? agencyName(actor.agencyCode, language) : "—";
  return (
    <Stack>
      <Title order={2}>{t("home.officerTitle", { agency })}</Title>
      {plugins.length === 0 ? (
        <Alert color="blue">{t("home.noPluginForAgency")}</Alert>
      ) : (
        <Text>{t("home.officerIntro")}</Text>
      )}
      {actor.agencyCode && <MyWorkPage agencyCode={actor.agencyCode} />}
    </Stack>
  );
}
