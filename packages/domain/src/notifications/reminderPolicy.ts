import { differenceInCalendarDays } from "date-fns";
import { parseDay } from "../periods/calendarDay";

/**
 * When an unsent report is reminded: three days before its deadline, on the day, the day after, and a week after.
 * Each is sent once (the schedule records it); a server that was down on a reminder's day sends only the one whose
 * time it is when it comes back, never a "before" once the deadline has passed.
 */
export type ScheduledReminder = "before" | "on" | "after" | "after_week";

export const reminderPolicy: readonly { kind: ScheduledReminder; fromDay: number; untilDay: number }[] = [
  { kind: "before", fromDay: -3, untilDay: -1 },
  { kind: "on", fromDay: 0, untilDay: 0 },
  { kind: "after", fromDay: 1, untilDay: 6 },
  { kind: "after_week", fromDay: 7, untilDay: 13 },
];

/** How far before today a due date can lie and still be reminded; how far after. */
export const reminderWindow = { pastDays: 13, aheadDays: 3 };

/** The reminder whose time it is for a report due on `dueDate`, seen on `today` (both "YYYY-MM-DD"), or null. */
export function reminderDue(dueDate: string, today: string): ScheduledReminder | null {
  const day = differenceInCalendarDays(parseDay(today), parseDay(dueDate));
  return reminderPolicy.find((r) => day >= r.fromDay && day <= r.untilDay)?.kind ?? null;
}

/** What a person is told about. */
export type NotificationKind =
  "due_soon" | "due_today" | "overdue" | "reminder" | "returned" | "accepted" | "commented" | "replied";

export const notificationKindOf: Record<ScheduledReminder, NotificationKind> = {
  before: "due_soon",
  on: "due_today",
  after: "overdue",
  after_week: "overdue",
};
