import { Badge } from "@mantine/core";
import { describeTimeliness, type ReportState, reportStateLabels, type Timeliness } from "@pcmt/domain";

const stateColors: Record<ReportState, string> = { draft: "gray", submitted: "blue", accepted: "green", returned: "orange" };
const timelinessColors: Record<Timeliness, string> = { not_due: "gray", on_time: "green", late: "orange", not_submitted: "red" };

/** nháp / đã gửi / đã tiếp nhận / trả lại */
export function ReportStateBadge({ state }: { state: ReportState | null }) {
  if (!state) return <Badge color="gray" variant="outline">Chưa lập</Badge>;
  return (
    <Badge color={stateColors[state]} variant="light" data-state={state}>
      {reportStateLabels[state]}
    </Badge>
  );
}

/**
 * chưa đến hạn / đúng hạn / muộn N ngày / chưa gửi (quá hạn N ngày); a returned report waiting to be sent again says
 * so, with its first submission's timeliness.
 */
export function TimelinessBadge({ timeliness, daysLate, overdue, awaitingResubmission }: { timeliness: Timeliness; daysLate: number; overdue: boolean; awaitingResubmission?: boolean }) {
  const words = describeTimeliness({ timeliness, daysLate, overdue });
  return (
    <Badge color={awaitingResubmission ? "orange" : timelinessColors[timeliness]} variant="dot" data-timeliness={awaitingResubmission ? "returned" : timeliness}>
      {awaitingResubmission ? `Trả lại — chờ gửi lại (lần đầu: ${words.toLowerCase()})` : words}
    </Badge>
  );
}
