import { addDays, format, parseISO } from "date-fns";
import { z } from "zod";
import type { DeadlineRule, SingleDeadlineRule } from "../deadlines/DeadlineRule";

const IsoDate = z.iso.date("Ngày phải có dạng YYYY-MM-DD");

/**
 * The time a document governs (thời gian thực hiện): the 2024 plan 1/1–31/12/2024, the 2021–2025 programme
 * 1/1/2021–31/12/2025, a resolution "đến năm 2030 và những năm tiếp theo" from its date with no end. Its reporting
 * obligations, recurring tasks and targets live inside it; a later document may replace it.
 */
export const DocumentLifetime = z.object({
  /** First day; null when the document states none (an undated directive). */
  from: IsoDate.nullable(),
  /** Last day; null while it governs with no end ("giữ vững" after its last phase). */
  until: IsoDate.nullable(),
});
export type DocumentLifetime = z.infer<typeof DocumentLifetime>;

/** The lifetime once a replacing document's start is known: it ends the day before the replacement begins. */
export function effectiveLifetime(lifetime: DocumentLifetime, replacementFrom: string | null): DocumentLifetime {
  if (!replacementFrom) return lifetime;
  const dayBefore = format(addDays(parseISO(replacementFrom), -1), "yyyy-MM-dd");
  return { from: lifetime.from, until: lifetime.until && lifetime.until < dayBefore ? lifetime.until : dayBefore };
}

/** Whether a document governs any day of a period (its first to last day). */
export function coversPeriod(lifetime: DocumentLifetime, period: { start: string; end: string }): boolean {
  return (
    (lifetime.from === null || period.end >= lifetime.from) &&
    (lifetime.until === null || period.start <= lifetime.until)
  );
}

/** Whether a document governs on a day. */
export function inForceOn(lifetime: DocumentLifetime, day: string): boolean {
  return coversPeriod(lifetime, { start: day, end: day });
}

/** A document's status on a day, in words for the console: "đang thực hiện", "đã kết thúc 31/12/2024", "chưa có hiệu lực". */
export function lifetimeStatus(lifetime: DocumentLifetime, day: string): "in_force" | "ended" | "not_started" {
  if (lifetime.from !== null && day < lifetime.from) return "not_started";
  if (lifetime.until !== null && day > lifetime.until) return "ended";
  return "in_force";
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/**
 * A reporting rule (or a recurring task's rule) held inside the document's lifetime: recurring periods only while
 * the document governs (a period that starts before its end is still reported, even when due after it). One-off
 * deadlines are kept as written.
 */
export function ruleWithinLifetime(rule: DeadlineRule, lifetime: DocumentLifetime): DeadlineRule {
  if (lifetime.from === null && lifetime.until === null) return rule;
  const clamp = (r: SingleDeadlineRule): SingleDeadlineRule =>
    r.kind === "recurring" ? { ...r, from: later(r.from, lifetime.from), until: earlier(r.until, lifetime.until) } : r;
  return rule.kind === "all" ? { kind: "all", rules: rule.rules.map(clamp) } : clamp(rule);
}
