import type { Actor } from "../access/Actor";

/** A periodic report's life: nháp → đã gửi → đã tiếp nhận, or trả lại → (sửa) → đã gửi lại. */
export type ReportState = "draft" | "submitted" | "accepted" | "returned";

export const reportStateLabels: Record<ReportState, string> = {
  draft: "Nháp",
  submitted: "Đã gửi",
  accepted: "Đã tiếp nhận",
  returned: "Trả lại",
};

/** The same in English. */
export const reportStateLabelsEn: Record<ReportState, string> = {
  draft: "Draft",
  submitted: "Submitted",
  accepted: "Accepted",
  returned: "Returned",
};

export type ReportAction = "edit" | "submit" | "accept" | "return";

export type ActionDecision = { allowed: true } | { allowed: false; reason: string };

const refuse = (reason: string): ActionDecision => ({ allowed: false, reason });

/**
 * Who may do what to a report, and when. The agency edits and submits its own report while it is a draft or has
 * been returned; once submitted it is read-only to the agency. The standing office (of the same province) accepts
 * or returns a submitted report, and may reopen an accepted one by returning it with a reason.
 */
export function decideReportAction(
  actor: Actor,
  report: { agencyCode: string; provinceCode: string; state: ReportState },
  action: ReportAction,
): ActionDecision {
  const sameProvince = actor.provinceCode === null || actor.provinceCode === report.provinceCode;
  if (action === "edit" || action === "submit") {
    if (actor.role !== "agency_officer" || actor.agencyCode !== report.agencyCode || !sameProvince) {
      return refuse("Chỉ cán bộ của cơ quan báo cáo mới được sửa và gửi báo cáo này.");
    }
    if (report.state === "submitted")
      return refuse("Báo cáo đã gửi, đang chờ cơ quan thường trực xem xét: không sửa được.");
    if (report.state === "accepted") return refuse("Báo cáo đã được tiếp nhận: không sửa được.");
    return { allowed: true };
  }
  if (actor.role !== "standing_office" || !sameProvince)
    return refuse("Chỉ cơ quan thường trực của tỉnh mới được tiếp nhận hoặc trả lại báo cáo.");
  if (action === "return" && report.state === "accepted") return { allowed: true }; // reopening (mở lại), with a reason
  if (report.state !== "submitted")
    return refuse(
      action === "accept"
        ? "Chỉ tiếp nhận báo cáo đã gửi."
        : "Chỉ trả lại báo cáo đã gửi hoặc mở lại báo cáo đã tiếp nhận.",
    );
  return { allowed: true };
}

/** The state after an allowed action. */
export function nextReportState(state: ReportState, action: Exclude<ReportAction, "edit">): ReportState {
  if (action === "submit") return "submitted";
  if (action === "accept") return "accepted";
  if (action === "return") return "returned";
  return state;
}

/** Task statuses shown to users: chưa thực hiện / đang thực hiện / hoàn thành / quá hạn. */
export type TaskStatus = "not_started" | "in_progress" | "done" | "overdue";

export const taskStatusLabels: Record<TaskStatus, string> = {
  not_started: "Chưa thực hiện",
  in_progress: "Đang thực hiện",
  done: "Hoàn thành",
  overdue: "Quá hạn",
};

/** The same in English. */
export const taskStatusLabelsEn: Record<TaskStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
  overdue: "Overdue",
};

/**
 * A task's status from the latest progress its agency reported: done stays done; otherwise a task whose one-off
 * deadline has passed is overdue (quá hạn).
 */
export function taskStatus(
  reported: "not_started" | "in_progress" | "done" | null,
  lastDeadline: string | null,
  today: string,
): TaskStatus {
  if (reported === "done") return "done";
  if (lastDeadline !== null && lastDeadline < today) return "overdue";
  return reported ?? "not_started";
}
