import { addDays, addMonths, getDaysInMonth } from "date-fns";
import { isoDay, parseDay } from "../periods/calendarDay";
import { type Period, type PeriodKind, parsePeriod, periodsBetween } from "../periods/Period";
import type { DeadlineRule, Frequency, SingleDeadlineRule } from "./DeadlineRule";

/** One concrete due date a rule produces, with the period it accounts for. */
export interface DueDate {
  /** Last day to be on time, "YYYY-MM-DD". */
  date: string;
  /** The period being reported on, for recurring rules ("2024-05"); null for one-off deadlines. */
  period: string | null;
}

const toIso = isoDay;
const periodKindOf: Record<Frequency, PeriodKind> = {
  monthly: "month",
  quarterly: "quarter",
  half_yearly: "half_year",
  yearly: "year",
};

/**
 * The due date for one period of a recurring rule. With a due day, it falls in the period's last month (plus the
 * offset): "trước ngày 17 hàng tháng" for May is 16/5 — the report on the month's work is sent before the 17th.
 * A due day past the month's end (31 in February) is the month's last day. Without a due day, the period's end.
 */
function recurringDueDate(rule: Extract<SingleDeadlineRule, { kind: "recurring" }>, period: Period): string {
  const lastMonth = addMonths(parseDay(period.end.slice(0, 8) + "01"), rule.dueOffsetMonths);
  if (rule.dueDay === null) {
    const end = rule.dueOffsetMonths === 0 ? parseDay(period.end) : addDays(addMonths(lastMonth, 1), -1);
    return toIso(end);
  }
  const day = Math.min(rule.dueDay, getDaysInMonth(lastMonth));
  const due = new Date(lastMonth.getFullYear(), lastMonth.getMonth(), day);
  return toIso(rule.before && rule.dueDay <= getDaysInMonth(lastMonth) ? addDays(due, -1) : due);
}

function singleDueDates(rule: SingleDeadlineRule, from: string, to: string): DueDate[] {
  switch (rule.kind) {
    case "continuous":
      return [];
    case "fixed": {
      const date = rule.before ? toIso(addDays(parseDay(rule.date), -1)) : rule.date;
      return date >= from && date <= to ? [{ date, period: null }] : [];
    }
    case "by": {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(rule.period) ? rule.period : parsePeriod(rule.period).end;
      return date >= from && date <= to ? [{ date, period: null }] : [];
    }
    case "recurring": {
      const kind = periodKindOf[rule.frequency];
      // Periods whose due date may fall in the range start up to a year before it.
      const earliest = toIso(addMonths(parseDay(from), -(12 + rule.dueOffsetMonths)));
      const first = rule.from && rule.from > earliest ? rule.from : earliest;
      const last = rule.until && rule.until < to ? rule.until : to;
      if (first > last) return [];
      return periodsBetween(kind, first, last)
        .filter((p) => (!rule.from || p.end >= rule.from) && (!rule.until || p.start <= rule.until))
        .map((p) => ({ date: recurringDueDate(rule, p), period: p.id }))
        .filter((d) => d.date >= from && d.date <= to);
    }
  }
}

/** Every due date the rule sets between two days (inclusive), in order. */
export function dueDates(rule: DeadlineRule, from: string, to: string): DueDate[] {
  const rules = rule.kind === "all" ? rule.rules : [rule];
  return rules
    .flatMap((r) => singleDueDates(r, from, to))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.period ?? "").localeCompare(b.period ?? ""));
}

/** The first due date on or after a day, looking up to five years ahead; null for continuous or past rules. */
export function nextDueDate(rule: DeadlineRule, today: string): DueDate | null {
  const horizon = toIso(addMonths(parseDay(today), 60));
  return dueDates(rule, today, horizon)[0] ?? null;
}

/**
 * The last day a one-off task ("trước ngày 20/5/2024", "đến hết năm 2026") can be done on time; null when the task
 * only recurs or is continuous.
 */
export function lastOneOffDueDate(rule: DeadlineRule | null): string | null {
  if (!rule) return null;
  const oneOff = (rule.kind === "all" ? rule.rules : [rule]).filter((r) => r.kind === "fixed" || r.kind === "by");
  return (
    oneOff
      .flatMap((r) => dueDates(r, "1900-01-01", "2999-12-31").map((d) => d.date))
      .sort()
      .at(-1) ?? null
  );
}
