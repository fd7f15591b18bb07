import type { CoreDatabase, Kysely } from "@pcmt/db";
import { describePeriod, formatDay, periodBounds, PeriodId } from "@pcmt/domain";
import { TRPCError } from "@pcmt/plugin-sdk";
import { addMonths, format, parseISO } from "date-fns";
import { isOneOffPeriod, latestClosedPeriod, provinceObligations } from "../reports/reportSchedule";

export interface ReferencePeriod {
  /** The period the console or the report is of; null when the province's documents never asked for a report. */
  period: string | null;
  label: string;
  start: string;
  end: string;
  /** Whether it is the default (the latest period whose deadline has passed). */
  isDefault: boolean;
  /** The periods one may choose: every periodic report the documents ask for that has begun, latest first. */
  choices: { period: string; label: string; dueDate: string }[];
}

/**
 * The period the console and the consolidated report read, the same for both: the one asked for, or by default the
 * latest period whose reporting deadline has passed (the figures of a running month are not yet in).
 */
export async function referencePeriod(
  db: Kysely<CoreDatabase>,
  provinceCode: string,
  today: string,
  wanted?: string,
): Promise<ReferencePeriod> {
  const obligations = await provinceObligations(
    db,
    provinceCode,
    "2000-01-01",
    format(addMonths(parseISO(today), 13), "yyyy-MM-dd"),
  );
  const choices = new Map<string, { period: string; label: string; dueDate: string }>();
  for (const schedule of obligations.values()) {
    for (const s of schedule) {
      if (isOneOffPeriod(s.period) || periodBounds(s.period).start > today || choices.has(s.period)) continue;
      choices.set(s.period, { period: s.period, label: describePeriod(s.period), dueDate: s.dueDate });
    }
  }
  const sorted = [...choices.values()].sort(
    (a, b) => periodBounds(b.period).end.localeCompare(periodBounds(a.period).end) || a.period.length - b.period.length,
  );
  const fallback = latestClosedPeriod(obligations, today)?.period ?? null;
  if (wanted !== undefined) {
    if (!PeriodId.safeParse(wanted).success)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Kỳ phải có dạng 2024, 2024-H1, 2024-Q2 hoặc 2024-05." });
    const { start } = periodBounds(wanted);
    if (start > today)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `${describePeriod(wanted)} chưa bắt đầu (từ ${formatDay(start)}): chọn một kỳ đã bắt đầu.`,
      });
  }
  const period = wanted ?? fallback;
  if (!period)
    return {
      period: null,
      label: "Chưa có kỳ báo cáo nào đến hạn",
      start: today,
      end: today,
      isDefault: true,
      choices: sorted,
    };
  const { start, end } = periodBounds(period);
  return { period, label: describePeriod(period), start, end, isDefault: period === fallback, choices: sorted };
}
