import { agencyName, describePeriod, isAgencyCode } from "@pcmt/domain";
import { formatDate, type useTranslation } from "@pcmt/ui";

type TFunction = ReturnType<typeof useTranslation>["t"];

export interface Notice {
  kind: string;
  params: Record<string, string | number>;
}

/** A notification as a sentence in the reader's language, with its detail (a reason, a note) when it has one. */
export function describeNotice(
  t: TFunction,
  language: "vi" | "en",
  notice: Notice,
): { sentence: string; detail: string | null } {
  const p = notice.params;
  const agencyCode = String(p.agencyCode ?? "");
  const agency = isAgencyCode(agencyCode) ? agencyName(agencyCode, language) : agencyCode;
  const raw = String(p.period ?? "");
  const period = /^\d{4}-\d{2}-\d{2}$/.test(raw)
    ? formatDate(raw)
    : raw
      ? language === "vi"
        ? describePeriod(raw).toLowerCase()
        : describePeriod(raw, "en")
      : "";
  const report = t("notices.report", { period, agency });
  const days = Math.abs(Number(p.daysToDue ?? 0));
  const due = p.dueDate ? formatDate(String(p.dueDate)) : "";
  const sentence = t(`notices.${notice.kind}`, { report, days, due, target: p.target ?? "", by: p.by ?? "" });
  const detail =
    notice.kind === "reminder" && p.note
      ? t("notices.reminderNote", { note: p.note })
      : notice.kind === "returned" && p.reason
        ? t("notices.returnedReason", { reason: p.reason })
        : null;
  return { sentence: sentence.charAt(0).toUpperCase() + sentence.slice(1), detail };
}
