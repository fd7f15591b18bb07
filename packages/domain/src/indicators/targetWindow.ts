import { periodBounds } from "../periods/Period";

/**
 * The periods whose values a target is judged on, as of a reference period (the console's or the report's):
 * - a target due in a period that has ended by the reference ("năm 2024", "+5% so với năm 2023" for 2024) is read
 *   inside that period only, and its state is final;
 * - a target due later ("25% đến hết năm 2026" read in 11/2026, "100% đến năm 2030") or due every period is read
 *   on the latest values up to the reference: progress, not yet a verdict.
 */
export interface TargetWindow {
  /** First day a value's period may start on; null: no lower bound. */
  start: string | null;
  /** Last day a value's period may end on. */
  end: string;
  /** The due period has ended by the reference: the state is the target's final one. */
  final: boolean;
}

/**
 * `context.today`: a period is over only once its last day has passed (a target of 2026 read on 1/12/2026 for the
 * year 2026 is not final yet). `context.lifetimeUntil`: a target set for every period ends with its document — read
 * at the document's last period, its state is final.
 */
export function targetWindow(
  due: string | null,
  referenceEnd: string,
  context: { today?: string; lifetimeUntil?: string | null } = {},
): TargetWindow {
  const over = (day: string) => day <= referenceEnd && (context.today === undefined || day < context.today);
  if (due === null) {
    const until = context.lifetimeUntil ?? null;
    return { start: null, end: referenceEnd, final: until !== null && over(until) };
  }
  const bounds = periodBounds(due);
  if (bounds.end <= referenceEnd) return { start: bounds.start, end: bounds.end, final: over(bounds.end) };
  return { start: null, end: referenceEnd, final: false };
}

/** Whether a value's period lies inside a window. */
export function inWindow(window: TargetWindow, period: string): boolean {
  const bounds = periodBounds(period);
  return (window.start === null || bounds.start >= window.start) && bounds.end <= window.end;
}
