import { differenceInCalendarDays, parseISO } from "date-fns";

/** Timeliness shown to users: đúng hạn / muộn / chưa gửi. */
export type Timeliness = "on_time" | "late" | "not_submitted";

export const timelinessLabels: Record<Timeliness, string> = {
  on_time: "Đúng hạn",
  late: "Muộn",
  not_submitted: "Chưa gửi",
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
 * again after the due date stays on time. Late is a fact shown to users, not a lock — a late report is accepted
 * like any other (locking a period is a separate, explicit action).
 */
export function reportingTimeliness(dueDate: string, firstSubmittedOn: string | null, today: string): TimelinessResult {
  if (firstSubmittedOn === null) {
    const daysLate = Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(dueDate)));
    return { timeliness: "not_submitted", daysLate, overdue: daysLate > 0 };
  }
  const daysLate = Math.max(0, differenceInCalendarDays(parseISO(firstSubmittedOn), parseISO(dueDate)));
  return { timeliness: daysLate > 0 ? "late" : "on_time", daysLate, overdue: false };
}
