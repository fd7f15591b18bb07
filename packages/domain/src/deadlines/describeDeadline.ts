import { format, parseISO } from "date-fns";
import { describePeriod } from "../periods/Period";
import type { DeadlineRule, SingleDeadlineRule } from "./DeadlineRule";

const viDate = (iso: string) => format(parseISO(iso), "dd/MM/yyyy");

const frequencyWords = {
  monthly: "hằng tháng",
  quarterly: "hằng quý",
  half_yearly: "định kỳ 6 tháng",
  yearly: "hằng năm",
} as const;

function describeSingle(rule: SingleDeadlineRule): string {
  switch (rule.kind) {
    case "continuous":
      return "Thường xuyên";
    case "fixed":
      return `${rule.before ? "Trước ngày" : "Đến ngày"} ${viDate(rule.date)}`;
    case "by":
      return /^\d{4}-\d{2}-\d{2}$/.test(rule.period) ? `Đến ngày ${viDate(rule.period)}` : `Đến hết ${describePeriod(rule.period).toLowerCase()}`;
    case "recurring": {
      const words = frequencyWords[rule.frequency];
      const when =
        rule.dueDay === null
          ? words.charAt(0).toUpperCase() + words.slice(1)
          : `${rule.before ? "Trước" : "Đến"} ngày ${rule.dueDay} ${rule.frequency === "monthly" ? "hằng tháng" : `(${words})`}`;
      const offset = rule.dueOffsetMonths > 0 ? `, báo cáo trong ${rule.dueOffsetMonths} tháng sau kỳ` : "";
      const range = rule.from || rule.until ? ` (${rule.from ? `từ ${viDate(rule.from)}` : ""}${rule.from && rule.until ? " " : ""}${rule.until ? `đến ${viDate(rule.until)}` : ""})` : "";
      return `${when}${offset}${range}`;
    }
  }
}

/** The rule in Vietnamese, as a person would write it: "Trước ngày 17 hằng tháng", "Đến hết năm 2026". */
export function describeDeadline(rule: DeadlineRule): string {
  if (rule.kind !== "all") return describeSingle(rule);
  return rule.rules.map((r, i) => (i === 0 ? describeSingle(r) : describeSingle(r).toLowerCase())).join("; ");
}
