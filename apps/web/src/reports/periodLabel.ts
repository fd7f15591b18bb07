import { describePeriod } from "@pcmt/domain";
import { en, formatDate, vi } from "@pcmt/ui";

/** "Tháng 5/2024", or for a one-off task's report "Nhiệm vụ có hạn 19/05/2024"; in English "May 2024", "Task due 19/05/2024". */
export function periodLabel(period: string, language: "vi" | "en" = "vi"): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(period)) return describePeriod(period, language);
  return (language === "en" ? en : vi).reportPages.oneOffPeriod.replace("{{date}}", formatDate(period));
}
