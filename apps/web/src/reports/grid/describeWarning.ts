import type { ValueWarning } from "@pcmt/domain";
import { formatNumber, type useTranslation } from "@pcmt/ui";

type TFunction = ReturnType<typeof useTranslation>["t"];

/** A warning kept with a value, as a sentence in the reader's language. */
export function describeWarning(t: TFunction, warning: ValueWarning): string {
  switch (warning.kind) {
    case "above_history":
      return t("grid.warnAboveHistory", { reference: formatNumber(warning.reference), periods: warning.periods });
    case "below_history":
      return t("grid.warnBelowHistory", { reference: formatNumber(warning.reference), periods: warning.periods });
    case "above_peers":
      return t("grid.warnAbovePeers", { reference: formatNumber(warning.reference), values: warning.values });
    case "above_population":
      return t("grid.warnAbovePopulation", { reference: formatNumber(warning.reference), year: warning.year });
  }
}
