import type { Actor } from "../access/Actor";
import type { ActionDecision, ReportState } from "./ReportState";

/** Opening a thread on a task or a cell, answering in it, closing it once settled. */
export type CommentAction = "open" | "reply" | "resolve";

const refuse = (reason: string): ActionDecision => ({ allowed: false, reason });

/**
 * Who may comment on a report, and when. The standing office of the report's province reviews: it opens threads on
 * a report it has received (not a draft it has not), and closes them. The report's own agency answers in them; so
 * may the office. Nobody else writes in a report's threads.
 */
export function decideCommentAction(
  actor: Actor,
  report: { agencyCode: string; provinceCode: string; state: ReportState },
  action: CommentAction,
): ActionDecision {
  const sameProvince = actor.provinceCode === null || actor.provinceCode === report.provinceCode;
  const office = actor.role === "standing_office" && sameProvince;
  const ownAgency =
    actor.role === "agency_officer" &&
    actor.agencyCode === report.agencyCode &&
    actor.provinceCode === report.provinceCode;
  if (action === "reply")
    return office || ownAgency
      ? { allowed: true }
      : refuse("Chỉ cơ quan thường trực và cơ quan báo cáo mới trao đổi trong báo cáo này.");
  if (!office) return refuse("Chỉ cơ quan thường trực của tỉnh mới góp ý vào báo cáo.");
  if (action === "open" && report.state === "draft") return refuse("Báo cáo chưa được gửi: chưa góp ý được.");
  return { allowed: true };
}
