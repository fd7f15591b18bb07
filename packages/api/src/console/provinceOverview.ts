import type { CoreDatabase, Kysely } from "@pcmt/db";
import { addDays, format, parseISO } from "date-fns";
import { referencePeriod } from "./consolePeriod";
import { documentProgress } from "./documentProgress";
import { indicatorReadings } from "./indicatorReadings";
import { phasedTargets } from "./phasedTargets";
import { timelinessMatrix, type TimelinessOptions } from "./timelinessMatrix";
import type { ValueSums } from "./valueSums";

/** The day a period's figures are counted on: the day after it ends, or today while it runs. */
export function countedOn(periodEnd: string, today: string): string {
  const after = format(addDays(parseISO(periodEnd), 1), "yyyy-MM-dd");
  return after < today ? after : today;
}

/**
 * How every plan of a province stands for a reference period (by default the latest whose reporting deadline has
 * passed — the consolidated report's default too): its documents' task progress as of that period, its indicators
 * read up to its end (with completeness and consistency), the roadmaps of phased targets and the reporting
 * timeliness matrix. The sums come from the totals kept on write unless `sums` names another source (see ValueSums).
 */
export async function provinceOverview(
  db: Kysely<CoreDatabase>,
  provinceCode: string,
  options: TimelinessOptions & { sums?: ValueSums; period?: string },
) {
  const reference = await referencePeriod(db, provinceCode, options.today, options.period);
  const [progress, indicators, timeliness] = await Promise.all([
    documentProgress(db, provinceCode, { asOf: countedOn(reference.end, options.today), reference }),
    indicatorReadings(db, provinceCode, reference, options.today, { sums: options.sums }),
    timelinessMatrix(db, provinceCode, options),
  ]);
  return {
    provinceCode,
    reference,
    documents: progress.documents,
    indicators,
    roadmaps: phasedTargets(indicators),
    timeliness,
  };
}
