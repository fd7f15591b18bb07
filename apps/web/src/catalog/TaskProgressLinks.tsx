import { Anchor, Group, Text } from "@mantine/core";
import { agencyName, isAgencyCode } from "@pcmt/domain";
import { useLanguage, useTranslation } from "@pcmt/ui";
import { Link } from "react-router";
import { taskStatusColor, taskStatusLabel, usePeriodInSentence } from "./TaskTable";

interface Progress {
  agencyCode: string;
  period: string;
  status: "not_started" | "in_progress" | "done";
  reportId: string;
}

/** Where a task stands for each agency: its status in the agency's latest report, linked to that report. */
export function TaskProgressLinks({ progress }: { progress: Progress[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const periodInSentence = usePeriodInSentence();
  if (progress.length === 0) return null;
  return (
    <Group gap="xs" mt={4} data-testid="task-progress">
      <Text size="xs" c="dimmed">
        {t("catalogPages.progress.label")}
      </Text>
      {progress.map((p) => (
        <Anchor
          key={`${p.agencyCode}-${p.reportId}`}
          component={Link}
          to={`/reports/${p.reportId}`}
          size="xs"
          c={taskStatusColor[p.status]}
          onClick={(e) => e.stopPropagation()}
        >
          {t("catalogPages.progress.item", {
            agency: isAgencyCode(p.agencyCode) ? agencyName(p.agencyCode, language) : p.agencyCode,
            status: taskStatusLabel(p.status, language),
            period: periodInSentence(p.period),
          })}
        </Anchor>
      ))}
    </Group>
  );
}
