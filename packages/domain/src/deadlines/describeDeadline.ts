import { format, parseISO } from "date-fns";
import { describePeriod } from "../periods/Period";
import type { DeadlineRule, SingleDeadlineRule } from "./DeadlineRule";

const day = (iso: string) => format(parseISO(iso), "dd/MM/yyyy");

const frequencyWords = {
  vi: { monthly: "hằng tháng", quarterly: "hằng quý", half_yearly: "định kỳ 6 tháng", yearly: "hằng năm" },
  en: { monthly: "every month", quarterly: "every quarter", half_yearly: "every six months", yearly: "every year" },
} as const;

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

function describeSingle(rule: SingleDeadlineRule, language: "vi" | "en"): string {
  const en = language === "en";
  switch (rule.kind) {
    case "continuous":
      return en ? "Ongoing" : "Thường xuyên";
    case "fixed":
      return en
        ? `${rule.before ? "Before" : "By"} ${day(rule.date)}`
        : `${rule.before ? "Trước ngày" : "Đến ngày"} ${day(rule.date)}`;
    case "by":
      if (/^\d{4}-\d{2}-\d{2}$/.test(rule.period))
        return en ? `By ${day(rule.period)}` : `Đến ngày ${day(rule.period)}`;
      return en
        ? `By the end of ${describePeriod(rule.period, "en")}`
        : `Đến hết ${describePeriod(rule.period).toLowerCase()}`;
    case "recurring": {
      const words = frequencyWords[language][rule.frequency];
      const capital = words.charAt(0).toUpperCase() + words.slice(1);
      let when: string;
      if (rule.dueDay === null) when = capital;
      else if (en)
        when = `${rule.before ? "Before" : "By"} the ${ordinal(rule.dueDay)} ${rule.frequency === "monthly" ? "of every month" : `(${words})`}`;
      else
        when = `${rule.before ? "Trước" : "Đến"} ngày ${rule.dueDay} ${rule.frequency === "monthly" ? "hằng tháng" : `(${words})`}`;
      const offset =
        rule.dueOffsetMonths > 0
          ? en
            ? `, reported within ${rule.dueOffsetMonths} month(s) after the period`
            : `, báo cáo trong ${rule.dueOffsetMonths} tháng sau kỳ`
          : "";
      const from = rule.from ? (en ? `from ${day(rule.from)}` : `từ ${day(rule.from)}`) : "";
      const until = rule.until ? (en ? `until ${day(rule.until)}` : `đến ${day(rule.until)}`) : "";
      const range = from || until ? ` (${[from, until].filter(Boolean).join(" ")})` : "";
      return `${when}${offset}${range}`;
    }
  }
}

/**
 * The rule as a person would write it: "Trước ngày 17 hằng tháng", "Đến hết năm 2026"; in English "Before the
 * 17th of every month", "By the end of 2026".
 */
export function describeDeadline(rule: DeadlineRule, language: "vi" | "en" = "vi"): string {
  if (rule.kind !== "all") return describeSingle(rule, language);
  return rule.rules
    .map((r, i) => (i === 0 ? describeSingle(r, language) : describeSingle(r, language).toLowerCase()))
    .join("; ");
}
