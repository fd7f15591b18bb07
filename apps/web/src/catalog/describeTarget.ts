import { formatNumber } from "@pcmt/ui";

export const comparatorWords: Record<string, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

const unitWords: Record<string, string> = { percent: "%", person: "người", case: "vụ", commune: "xã", location: "địa điểm", school: "trường", hectare: "ha", count: "", facility: "cơ sở" };

/** "≥ 25% đến hết năm 2026", "≥ 5% so với năm trước". */
export function describeTarget(indicator: { comparator: string; target: number; unit: string; baseline?: unknown; due: string | null }): string {
  const unit = unitWords[indicator.unit] ?? indicator.unit;
  const value = `${comparatorWords[indicator.comparator] ?? indicator.comparator} ${formatNumber(indicator.target)}${unit === "%" ? "%" : unit ? ` ${unit}` : ""}`;
  const baseline = indicator.baseline === "previous_year" ? " so với năm trước" : typeof indicator.baseline === "number" ? ` so với ${formatNumber(indicator.baseline)}` : "";
  const due = indicator.due ? ` (hạn: ${indicator.due})` : "";
  return `${value}${baseline}${due}`;
}
