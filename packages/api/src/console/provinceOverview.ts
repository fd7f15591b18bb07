import type { CoreDatabase, Kysely } from "@pcmt/db";
import { documentProgress } from "./documentProgress";
import { indicatorReadings } from "./indicatorReadings";
import { phasedTargets } from "./phasedTargets";
import { timelinessMatrix, type TimelinessOptions } from "./timelinessMatrix";
import type { ValueSums } from "./valueSums";

/**
 * How every plan of a province stands: its documents' task progress, its indicators (latest value, state, trend),
 * the roadmaps of phased targets and the reporting timeliness matrix. `sums` and `lookup` choose the benchmark's naive baselines; the console
 * uses the defaults (totals kept on write, batched lookups).
 */
export async function provinceOverview(db: Kysely<CoreDatabase>, provinceCode: string, options: TimelinessOptions & { sums?: ValueSums }) {
  // Three independent reads, in parallel on a server with a pool of connections.
  const [progress, indicators, timeliness] = await Promise.all([
    documentProgress(db, provinceCode, options.today),
    indicatorReadings(db, provinceCode, options.today, { sums: options.sums }),
    timelinessMatrix(db, provinceCode, options),
  ]);
  return { provinceCode, documents: progress.documents, indicators, roadmaps: phasedTargets(indicators), timeliness };
}
