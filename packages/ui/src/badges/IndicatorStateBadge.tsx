import { Badge, Tooltip } from "@mantine/core";
import { type Completeness, type IndicatorState, indicatorStateLabels, indicatorStateLabelsEn } from "@pcmt/domain";
import { consolePages } from "../i18n/sections/consolePages";
import { useLanguage, useTranslation } from "../i18n/setupI18n";

/** Colours of the indicator states: the two untrusted states are never green. */
export const indicatorStateColors: Record<IndicatorState, string> = {
  achieved: "green",
  at_risk: "yellow",
  not_achieved: "red",
  no_data: "gray",
  insufficient_data: "violet",
  inconsistent: "grape",
};

/** "62/78 xã": how many places a figure is made of. */
export function describeCompleteness(completeness: Completeness | null, placeWord: string): string {
  return completeness ? `${completeness.reported}/${completeness.expected} ${placeWord}` : "—";
}

/** The server's words for the places a figure counts ("xã", "huyện", "địa bàn"): the Vietnamese resource's, by key. */
const placeWordKeys = new Map(Object.entries(consolePages.vi.placeWords).map(([key, word]) => [word, key]));

/** The word for the places a figure counts, in the current language ("xã" → "communes"); other words as they are. */
export function usePlaceWord() {
  const { t } = useTranslation();
  return (placeWord: string) => {
    const key = placeWordKeys.get(placeWord);
    return key ? t(`consolePages.placeWords.${key}`) : placeWord;
  };
}

/** The name of an indicator state in the current language. */
export function useIndicatorStateLabels(): Record<IndicatorState, string> {
  return useLanguage() === "en" ? indicatorStateLabelsEn : indicatorStateLabels;
}

/**
 * đạt / có nguy cơ không đạt / không đạt / chưa có số liệu / chưa đủ số liệu / số liệu chưa khớp, with why a figure
 * was not evaluated in its tooltip.
 */
export function IndicatorStateBadge({
  state,
  completeness,
  minCompleteness,
  placeWord,
  final,
}: {
  state: IndicatorState;
  completeness?: Completeness | null;
  minCompleteness?: number;
  placeWord?: string;
  final?: boolean;
}) {
  const { t } = useTranslation();
  const labels = useIndicatorStateLabels();
  const placeWordText = usePlaceWord();
  const why =
    state === "insufficient_data"
      ? t("consolePages.badges.insufficient", {
          completeness: describeCompleteness(
            completeness ?? null,
            placeWord === undefined ? t("consolePages.placeWords.place") : placeWordText(placeWord),
          ),
          min: minCompleteness ?? 90,
        })
      : state === "inconsistent"
        ? t("consolePages.badges.inconsistent")
        : state === "no_data"
          ? t("consolePages.badges.noData")
          : final
            ? t("consolePages.badges.final")
            : state === "at_risk"
              ? t("consolePages.badges.atRisk")
              : state === "achieved"
                ? t("consolePages.badges.achieved")
                : null;
  const badge = (
    <Badge color={indicatorStateColors[state]} variant="light" data-indicator-state={state}>
      {labels[state]}
    </Badge>
  );
  return why ? (
    <Tooltip label={why} multiline w={280}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
