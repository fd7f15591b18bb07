import type { PluginAgencies } from "@pcmt/catalog";
import type { CoreDatabase, Kysely } from "@pcmt/db";
import {
  loadSyntheticDataset,
  type LoadProgress,
  type LoadResult,
  syntheticDataset,
  syntheticScales,
  type SyntheticScaleName,
} from "@pcmt/synthetic";
import cliProgress from "cli-progress";

const phaseLabels: Record<LoadProgress["phase"], string> = {
  places: "Địa bàn, văn bản",
  reports: "Báo cáo",
  values: "Số liệu",
};

/**
 * Generates and loads a synthetic dataset with a progress bar on stderr (one line per phase when stderr is not a
 * terminal). Returns what was loaded and how long it took.
 */
export async function seedSynthetic(
  db: Kysely<CoreDatabase>,
  scaleName: SyntheticScaleName,
  plugins: PluginAgencies,
): Promise<LoadResult & { seconds: number }> {
  const started = performance.now();
  const dataset = syntheticDataset(syntheticScales[scaleName]);
  const bar = new cliProgress.SingleBar(
    {
      format: "{phase} [{bar}] {percentage}% | {value}/{total} | {speed}/s | còn {eta_formatted}",
      barCompleteChar: "█",
      barIncompleteChar: "░",
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let phase: LoadProgress["phase"] | null = null;
  let phaseStart = performance.now();
  const result = await loadSyntheticDataset(db, dataset, plugins, (progress) => {
    if (progress.phase !== phase) {
      if (phase) bar.stop();
      phase = progress.phase;
      phaseStart = performance.now();
      bar.start(progress.total, 0, { phase: phaseLabels[progress.phase], speed: 0 });
    }
    const seconds = (performance.now() - phaseStart) / 1000;
    bar.update(progress.done, { speed: seconds > 0 ? Math.round(progress.done / seconds).toLocaleString("vi-VN") : 0 });
  });
  if (phase) bar.stop();
  return { ...result, seconds: (performance.now() - started) / 1000 };
}
