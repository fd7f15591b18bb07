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
};

const viNumber = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** "1.080 vụ", "62,1%", "12 xã": a value with its unit's word. */
export function describeValue(value: number, unit: string): string {
  const word = unitWords[unit] ?? unit;
  return `${viNumber.format(value)}${word === "%" ? "%" : word ? ` ${word}` : ""}`;
}

/** "≥ 25% (đến hết năm 2026)", "≥ 5% so với năm trước (năm 2024)", "= 0 ha (năm 2024)", "≥ 100% (đến ngày 20/05/2024)". */
export function describeTarget(indicator: { comparator: string; target: number; unit: string; baseline?: unknown; due: string | null }): string {
  const value = `${comparatorWords[indicator.comparator] ?? indicator.comparator} ${describeValue(indicator.target, indicator.unit)}`;
  const baseline = indicator.baseline === "previous_year" ? " so với năm trước" : typeof indicator.baseline === "number" ? ` so với ${viNumber.format(indicator.baseline)}` : "";
  const due = indicator.due ? ` (${/^\d{4}-\d{2}-\d{2}$/.test(indicator.due) ? `đến ngày ${indicator.due.split("-").reverse().join("/")}` : `đến hết ${describePeriod(indicator.due).toLowerCase()}`})` : "";
  return `${value}${baseline}${due}`;
}
