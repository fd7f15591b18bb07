import { Badge } from "@mantine/core";
import { type ReportState, reportStateLabels, type Timeliness, timelinessLabels } from "@pcmt/domain";

const stateColors: Record<ReportState, string> = { draft: "gray", submitted: "blue", accepted: "green", returned: "orange" };
const timelinessColors: Record<Timeliness, string> = { on_time: "green", late: "orange", not_submitted: "red" };

/** nháp / đã gửi / đã tiếp nhận / trả lại */
export function ReportStateBadge({ state }: { state: ReportState | null }) {
  if (!state) return <Badge color="gray" variant="outline">Chưa lập</Badge>;
  return (
    <Badge color={stateColors[state]} variant="light" data-state={state}>
      {reportStateLabels[state]}
    </Badge>
  );
}

/** đúng hạn / muộn N ngày / chưa gửi (quá hạn N ngày) */
export function TimelinessBadge({ timeliness, daysLate, overdue }: { timeliness: Timeliness; daysLate: number; overdue: boolean }) {
  const suffix = timeliness === "late" ? ` ${daysLate} ngày` : timeliness === "not_submitted" && overdue ? ` (quá hạn ${daysLate} ngày)` : "";
  return (
    <Badge color={timeliness === "not_submitted" && !overdue ? "gray" : timelinessColors[timeliness]} variant="dot" data-timeliness={timeliness}>
      {timelinessLabels[timeliness]}
      {suffix}
    </Badge>
  );
}
