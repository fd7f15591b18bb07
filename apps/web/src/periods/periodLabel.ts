import { describePeriod } from "@pcmt/domain";
import { en, formatDate, useLanguage, vi } from "@pcmt/ui";

const isDay = (period: string) => /^\d{4}-\d{2}-\d{2}$/.test(period);

/** "Tháng 5/2024", or for a one-off task's report "Nhiệm vụ có hạn 19/05/2024"; in English "May 2024", "Task due 19/05/2024". */
export function periodLabel(period: string, language: "vi" | "en" = "vi"): string {
  if (!isDay(period)) return describePeriod(period, language);
  return (language === "en" ? en : vi).common.oneOffPeriod.replace("{{date}}", formatDate(period));
}

/** The same inside a sentence: lower case in Vietnamese ("tháng 5/2024"), as is in English. */
export function periodInSentence(period: string, language: "vi" | "en" = "vi"): string {
  const words = periodLabel(period, language);
  return language === "vi" ? words.toLowerCase() : words;
}

/** Both, in the reader's language. */
export function usePeriodLabel() {
  const language = useLanguage();
  return {
    periodLabel: (period: string) => periodLabel(period, language),
    periodInSentence: (period: string) => periodInSentence(period, language),
  };
}
