import { formatDay } from "../periods/calendarDay";
import { describePeriod } from "../periods/Period";

export const comparatorWords: Record<string, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

/** The word after a number of a unit: "%", "người", "vụ", "xã", "ha"… (empty for plain counts). */
export const unitWords: Record<string, string> = {
  percent: "%",
  person: "người",
  case: "vụ",
  commune: "xã",
  location: "điểm",
  school: "trường",
  hectare: "ha",
  count: "",
  facility: "cơ sở",
  organization: "tổ chức",
  session: "buổi",
  hotspot: "điểm",
};

/** The same in English. */
export const unitWordsEn: Record<string, string> = {
  percent: "%",
  person: "people",
  case: "cases",
  commune: "communes",
  location: "places",
  school: "schools",
  hectare: "ha",
  count: "",
  facility: "facilities",
  organization: "organisations",
  session: "sessions",
  hotspot: "hotspots",
};

/** A unit as a reader says it ("người", "people"); the code itself for a unit the catalog does not know. */
export function unitWord(unit: string, language: "vi" | "en" = "vi"): string {
  return (language === "en" ? unitWordsEn : unitWords)[unit] ?? unit;
}

const viNumber = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** "1.080 vụ", "62,1%", "12 xã": a value with its unit's word (numbers in Vietnamese form in both languages). */
export function describeValue(value: number, unit: string, language: "vi" | "en" = "vi"): string {
  const word = (language === "en" ? unitWordsEn : unitWords)[unit] ?? unit;
  return `${viNumber.format(value)}${word === "%" ? "%" : word ? ` ${word}` : ""}`;
}

/** "≥ 25% (đến hết năm 2026)", "≥ 5% so với năm trước (năm 2024)"; in English "≥ 25% (by the end of 2026)". */
export function describeTarget(
  indicator: { comparator: string; target: number; unit: string; baseline?: unknown; due: string | null },
  language: "vi" | "en" = "vi",
): string {
  const en = language === "en";
  const value = `${comparatorWords[indicator.comparator] ?? indicator.comparator} ${describeValue(indicator.target, indicator.unit, language)}`;
  const baseline =
    indicator.baseline === "previous_year"
      ? en
        ? " on the previous year"
        : " so với năm trước"
      : typeof indicator.baseline === "number"
        ? en
          ? ` on ${viNumber.format(indicator.baseline)}`
          : ` so với ${viNumber.format(indicator.baseline)}`
        : "";
  const due = indicator.due
    ? /^\d{4}-\d{2}-\d{2}$/.test(indicator.due)
      ? en
        ? ` (by ${formatDay(indicator.due)})`
        : ` (đến ngày ${formatDay(indicator.due)})`
      : en
        ? ` (by the end of ${describePeriod(indicator.due, "en")})`
        : ` (đến hết ${describePeriod(indicator.due).toLowerCase()})`
    : "";
  return `${value}${baseline}${due}`;
}
