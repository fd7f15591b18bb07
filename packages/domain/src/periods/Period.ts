import { addMonths, lastDayOfMonth } from "date-fns";
import { isoDay, parseDay } from "./calendarDay";

/** A reporting period (kỳ báo cáo): "2024" (year), "2024-H1" (half-year), "2024-Q2" (quarter), "2024-05" (month). */
export type PeriodKind = "year" | "half_year" | "quarter" | "month";

export interface Period {
  id: string;
  kind: PeriodKind;
  /** First and last day, "YYYY-MM-DD". */
  start: string;
  end: string;
}

const toIso = isoDay;

/** Reads a period id; throws on anything else. */
export function parsePeriod(id: string): Period {
  const match = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/.exec(id);
  if (!match) throw new Error(`Kỳ không hợp lệ: "${id}" (cần dạng 2026, 2026-H1, 2026-Q2 hoặc 2026-05)`);
  const year = Number(match[1]);
  const part = match[2];
  const span = (kind: PeriodKind, firstMonth: number, months: number): Period => {
    const first = new Date(year, firstMonth - 1, 1);
    return { id, kind, start: toIso(first), end: toIso(lastDayOfMonth(addMonths(first, months - 1))) };
  };
  if (!part) return span("year", 1, 12);
  if (part.startsWith("H")) return span("half_year", part === "H1" ? 1 : 7, 6);
  if (part.startsWith("Q")) return span("quarter", (Number(part[1]) - 1) * 3 + 1, 3);
  return span("month", Number(part), 1);
}

const boundsCache = new Map<string, { start: string; end: string }>();

/**
 * The first and last day of a period id, or of a day ("2024-05-19", a one-off task's report is its own period);
 * throws on anything else. Remembered: the console and imports ask for the same few ids again and again.
 */
export function periodBounds(id: string): { start: string; end: string } {
  let bounds = boundsCache.get(id);
  if (!bounds) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(id)) bounds = { start: id, end: id };
    else {
      const { start, end } = parsePeriod(id);
      bounds = { start, end };
    }
    if (boundsCache.size < 10_000) boundsCache.set(id, bounds);
  }
  return bounds;
}

/** The period of a kind that contains a date. */
export function periodContaining(kind: PeriodKind, isoDate: string): Period {
  const date = parseDay(isoDate);
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  if (kind === "year") return parsePeriod(String(year));
  if (kind === "half_year") return parsePeriod(`${year}-H${month <= 6 ? 1 : 2}`);
  if (kind === "quarter") return parsePeriod(`${year}-Q${Math.ceil(month / 3)}`);
  return parsePeriod(`${year}-${String(month).padStart(2, "0")}`);
}

/** Periods of a kind overlapping [from, to], in order. */
export function periodsBetween(kind: PeriodKind, from: string, to: string): Period[] {
  const periods: Period[] = [];
  let current = periodContaining(kind, from);
  while (current.start <= to) {
    periods.push(current);
    current = periodContaining(kind, toIso(addMonths(parseDay(current.end), 1)));
  }
  return periods;
}

const monthsEn = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "Tháng 5/2024", "6 tháng đầu năm 2024", "Quý II/2024", "Năm 2024"; in English "May 2024", "H1 2024", "Q2 2024", "2024". */
export function describePeriod(id: string, language: "vi" | "en" = "vi"): string {
  const period = parsePeriod(id);
  const year = id.slice(0, 4);
  if (language === "en") {
    switch (period.kind) {
      case "year":
        return year;
      case "half_year":
        return `${id.endsWith("H1") ? "H1" : "H2"} ${year}`;
      case "quarter":
        return `Q${id.slice(-1)} ${year}`;
      case "month":
        return `${monthsEn[Number(id.slice(5)) - 1]} ${year}`;
    }
  }
  switch (period.kind) {
    case "year":
      return `Năm ${year}`;
    case "half_year":
      return id.endsWith("H1") ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
    case "quarter":
      return `Quý ${["I", "II", "III", "IV"][Number(id.slice(-1)) - 1]}/${year}`;
    case "month":
      return `Tháng ${Number(id.slice(5))}/${year}`;
  }
}

/**
 * The periods of the same kind just before a period, nearest first ("2026-12", 3 → 2026-11, 2026-10, 2026-09).
 * A one-off task's period (a day) has none.
 */
export function previousPeriods(id: string, count: number): string[] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(id)) return [];
  const period = parsePeriod(id);
  const ids: string[] = [];
  let end = period.start;
  for (let i = 0; i < count; i++) {
    const before = periodContaining(period.kind, toIso(addMonths(parseDay(end), -1)));
    ids.push(before.id);
    end = before.start;
  }
  return ids;
}
