import { differenceInCalendarDays, parseISO } from "date-fns";
import type { ReportState } from "./ReportState";

/** Timeliness shown to users, true on the day it is read: chưa đến hạn / đúng hạn / muộn / chưa gửi (quá hạn). */
export type Timeliness = "not_due" | "on_time" | "late" | "not_submitted";

export const timelinessLabels: Record<Timeliness, string> = {
  not_due: "Chưa đến hạn",
  on_time: "Đúng hạn",
  late: "Muộn",
  not_submitted: "Chưa gửi",
};

/** The same in English. */
export const timelinessLabelsEn: Record<Timeliness, string> = {
  not_due: "Not due yet",
  on_time: "On time",
  late: "Late",
  not_submitted: "Not sent",
};

export interface TimelinessResult {
  timeliness: Timeliness;
  /** Days past the due date: at submission when late, or until today when not submitted and overdue; else 0. */
  daysLate: number;
  /** Not submitted and already past its due date: the standing office should chase it. */
  overdue: boolean;
}

/**
 * Timeliness against the due date, counted on the first submission: a report returned for correction and sent
 * again after the due date stays on time. A report not sent while its due date has not passed is "chưa đến hạn" —
 * never late. Late is a fact shown to users, not a lock — a late report is accepted like any other (locking a
 * period is a separate, explicit action).
 */
export function reportingTimeliness(dueDate: string, firstSubmittedOn: string | null, today: string): TimelinessResult {
  if (firstSubmittedOn === null) {
    const daysLate = Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(dueDate)));
    return daysLate > 0
      ? { timeliness: "not_submitted", daysLate, overdue: true }
      : { timeliness: "not_due", daysLate: 0, overdue: false };
  }
  const daysLate = Math.max(0, differenceInCalendarDays(parseISO(firstSubmittedOn), parseISO(dueDate)));
  return { timeliness: daysLate > 0 ? "late" : "on_time", daysLate, overdue: false };
}

/** Where an agency's report for a period stands on a day: its timeliness, and whether it waits to be sent again. */
export interface ReportStanding extends TimelinessResult {
  state: ReportState | null;
  /** Returned by the standing office and not yet sent again ("trả lại — chờ gửi lại"); its first timeliness kept. */
  awaitingResubmission: boolean;
  /** The whole standing in words: "Muộn 3 ngày", "Chưa gửi (quá hạn 12 ngày)", "Trả lại — chờ gửi lại (lần đầu: đúng hạn)". */
  label: string;
}

/** The words of a timeliness: "Đúng hạn", "Muộn 3 ngày", "Chưa gửi (quá hạn 12 ngày)", "Chưa đến hạn". */
export function describeTimeliness(result: TimelinessResult): string {
  switch (result.timeliness) {
    case "late":
      return `Muộn ${result.daysLate} ngày`;
    case "not_submitted":
      return `Chưa gửi (quá hạn ${result.daysLate} ngày)`;
    default:
      return timelinessLabels[result.timeliness];
  }
}

/**
 * The standing of a report (or of its absence) on a day. A returned report is not "đúng hạn": it waits to be sent
 * again, and the timeliness of its first submission is shown beside it.
 */
export function reportStanding(
  dueDate: string,
  report: { state: ReportState; firstSubmittedOn: string | null } | null,
  today: string,
): ReportStanding {
  const result = reportingTimeliness(dueDate, report?.firstSubmittedOn ?? null, today);
  const awaitingResubmission = report?.state === "returned";
  const words = describeTimeliness(result);
  const label = awaitingResubmission ? `Trả lại — chờ gửi lại (lần đầu: ${words.toLowerCase()})` : words;
  return { ...result, state: report?.state ?? null, awaitingResubmission, label };
}
