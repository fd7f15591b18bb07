import { Anchor, Group, Text } from "@mantine/core";
import { agencyName, describePeriod, isAgencyCode, taskStatusLabels } from "@pcmt/domain";
import { useLanguage } from "@pcmt/ui";
import { Link } from "react-router";
import { taskStatusColor } from "./TaskTable";

interface Progress {
  agencyCode: string;
  period: string;
  status: "not_started" | "in_progress" | "done";
  reportId: string;
}

/** Where a task stands for each agency: its status in the agency's latest report, linked to that report. */
export function TaskProgressLinks({ progress }: { progress: Progress[] }) {
  const language = useLanguage();
  if (progress.length === 0) return null;
  return (
    <Group gap="xs" mt={4} data-testid="task-progress">
      <Text size="xs" c="dimmed">
        Tiến độ:
      </Text>
      {progress.map((p) => (
        <Anchor key={`${p.agencyCode}-${p.reportId}`} component={Link} to={`/reports/${p.reportId}`} size="xs" c={taskStatusColor[p.status]} onClick={(e) => e.stopPropagation()}>
          {isAgencyCode(p.agencyCode) ? agencyName(p.agencyCode, language) : p.agencyCode}: {taskStatusLabels[p.status]} ({describePeriod(p.period).toLowerCase()})
        </Anchor>
      ))}
    </Group>
  );
}
