import { Badge, Tooltip } from "@mantine/core";
import { type Completeness, type IndicatorState, indicatorStateLabels } from "@pcmt/domain";

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

/**
 * đạt / có nguy cơ không đạt / không đạt / chưa có số liệu / chưa đủ số liệu / số liệu chưa khớp, with why a figure
 * was not evaluated in its tooltip.
 */
export function IndicatorStateBadge({ state, completeness, minCompleteness, placeWord = "địa bàn", final }: { state: IndicatorState; completeness?: Completeness | null; minCompleteness?: number; placeWord?: string; final?: boolean }) {
  const why =
    state === "insufficient_data"
      ? `Mới có ${describeCompleteness(completeness ?? null, placeWord)} báo cáo; cần ít nhất ${minCompleteness ?? 90}% để đánh giá.`
      : state === "inconsistent"
        ? "Tử số lớn hơn mẫu số (ở cấp tỉnh hoặc tại một số địa bàn): cần rà soát số liệu trước khi đánh giá."
        : state === "no_data"
          ? "Chưa có số liệu nào được nhập cho kỳ của chỉ tiêu."
          : final
            ? "Kết quả cuối cùng: kỳ của chỉ tiêu đã kết thúc."
            : state === "at_risk"
              ? "Chưa đạt mục tiêu theo số liệu mới nhất; kỳ của mục tiêu chưa kết thúc."
              : state === "achieved"
                ? "Đạt mục tiêu theo số liệu mới nhất; kỳ của mục tiêu chưa kết thúc."
                : null;
  const badge = (
    <Badge color={indicatorStateColors[state]} variant="light" data-indicator-state={state}>
      {indicatorStateLabels[state]}
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
