import { Badge } from "@mantine/core";
import {
  type ReportState,
  reportStateLabels,
  reportStateLabelsEn,
  type Timeliness,
  timelinessLabels,
  timelinessLabelsEn,
  type TimelinessResult,
} from "@pcmt/domain";
import { useLanguage, useTranslation } from "../i18n/setupI18n";

const stateColors: Record<ReportState, string> = {
  draft: "gray",
  submitted: "blue",
  accepted: "green",
  returned: "orange",
};
const timelinessColors: Record<Timeliness, string> = {
  not_due: "gray",
  on_time: "green",
  late: "orange",
  not_submitted: "red",
};

/**
 * The words of a report's standing in the current language: "Đúng hạn", "Muộn 3 ngày", "Chưa gửi (quá hạn 12 ngày)",
 * "Trả lại — chờ gửi lại (lần đầu: đúng hạn)" — the same as the server's `label`, from its structured fields.
 */
export function useStandingWords() {
  const { t } = useTranslation();
  const labels = useLanguage() === "en" ? timelinessLabelsEn : timelinessLabels;
  return ({
    timeliness,
    daysLate,
    awaitingResubmission,
  }: Pick<TimelinessResult, "timeliness" | "daysLate"> & { awaitingResubmission?: boolean }) => {
    const words =
      timeliness === "late"
        ? t("consolePages.badges.late", { days: daysLate })
        : timeliness === "not_submitted"
          ? t("consolePages.badges.notSubmitted", { days: daysLate })
          : labels[timeliness];
    return awaitingResubmission ? t("consolePages.badges.returned", { words: words.toLowerCase() }) : words;
  };
}

/** nháp / đã gửi / đã tiếp nhận / trả lại */
export function ReportStateBadge({ state }: { state: ReportState | null }) {
  const { t } = useTranslation();
  const labels = useLanguage() === "en" ? reportStateLabelsEn : reportStateLabels;
  if (!state)
    return (
      <Badge color="gray" variant="outline">
        {t("consolePages.badges.notCreated")}
      </Badge>
    );
  return (
    <Badge color={stateColors[state]} variant="light" data-state={state}>
      {labels[state]}
    </Badge>
  );
}

/**
 * chưa đến hạn / đúng hạn / muộn N ngày / chưa gửi (quá hạn N ngày); a returned report waiting to be sent again says
 * so, with its first submission's timeliness.
 */
export function TimelinessBadge({
  timeliness,
  daysLate,
  awaitingResubmission,
}: {
  timeliness: Timeliness;
  daysLate: number;
  overdue: boolean;
  awaitingResubmission?: boolean;
}) {
  const standingWords = useStandingWords();
  return (
    <Badge
      color={awaitingResubmission ? "orange" : timelinessColors[timeliness]}
      variant="dot"
      data-timeliness={awaitingResubmission ? "returned" : timeliness}
    >
      {standingWords({ timeliness, daysLate, awaitingResubmission })}
    </Badge>
  );
}
