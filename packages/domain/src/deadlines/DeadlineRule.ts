import { z } from "zod";

const IsoDate = z.iso.date("Ngày phải có dạng YYYY-MM-DD");

/** A period id: a year "2026", a half-year "2026-H1", a quarter "2026-Q3" or a month "2026-05". */
export const PeriodId = z
  .string()
  .regex(/^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "Kỳ phải có dạng 2026, 2026-H1, 2026-Q3 hoặc 2026-05");
export type PeriodId = z.infer<typeof PeriodId>;

export const Frequency = z.enum(["monthly", "quarterly", "half_yearly", "yearly"]);
export type Frequency = z.infer<typeof Frequency>;

const FixedRule = z.object({ kind: z.literal("fixed"), date: IsoDate, before: z.boolean().default(false) });
const RecurringRule = z.object({
  kind: z.literal("recurring"),
  frequency: Frequency,
  dueDay: z.number().int().min(1).max(31).nullable().default(null),
  before: z.boolean().default(false),
  dueOffsetMonths: z.number().int().min(0).max(12).default(0),
  /** First and last day the recurrence applies (e.g. the plan's years); null when open. */
  from: IsoDate.nullable().default(null),
  until: IsoDate.nullable().default(null),
});
const ByRule = z.object({ kind: z.literal("by"), period: z.union([PeriodId, IsoDate]) });
const ContinuousRule = z.object({ kind: z.literal("continuous") });
const SingleRule = z.discriminatedUnion("kind", [FixedRule, RecurringRule, ByRule, ContinuousRule]);

/**
 * When a task is due (thời hạn):
 * - fixed: one date ("trước ngày 20/5/2024": `before` true means due before that day, i.e. by the day before);
 * - recurring: every month/quarter/half-year/year; `dueDay` is the day of the month it is due
 *   ("trước ngày 17 hàng tháng" → monthly, dueDay 17, before true); with no day in the text, the period's last
 *   day; `dueOffsetMonths` moves the due month after the period (a half-year reported in the month after it);
 * - by: "đến hết năm 2026" — done by the end of a period (or by a date);
 * - continuous: "thường xuyên", "liên tục": always in force, no due date;
 * - all: several rules at once ("định kỳ 06 tháng, 01 năm").
 */
export const DeadlineRule = z.discriminatedUnion("kind", [
  FixedRule,
  RecurringRule,
  ByRule,
  ContinuousRule,
  z.object({ kind: z.literal("all"), rules: z.array(SingleRule).min(2) }),
]);
export type DeadlineRule = z.infer<typeof DeadlineRule>;
export type SingleDeadlineRule = z.infer<typeof SingleRule>;
