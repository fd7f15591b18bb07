import { readFileSync } from "node:fs";
import { catalogDocuments } from "@pcmt/catalog";
import { draftDocument } from "../draft/draftDocument";
import { scoreDraft } from "./scoreDraft";

/**
 * `pnpm bench:ingest`: the ingester on each source document, scored against its curated catalog, one line per
 * document and a total: tasks found with the right lead, coordinators, deadlines, targets, invented tasks.
 */
const say = (line: string) => process.stdout.write(`${line}\n`);
const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);
const verbose = process.argv.includes("--misses");
const totals = {
  tasks: 0,
  found: 0,
  leadRight: 0,
  coordinatorsRight: 0,
  deadlinesRight: 0,
  targets: 0,
  targetsRight: 0,
  drafted: 0,
  invented: 0,
};
say(
  "văn bản | nhiệm vụ | tìm thấy | đúng chủ trì | đúng phối hợp | đúng thời hạn | chỉ tiêu đúng | bịa thêm | trích nguyên văn",
);
for (const curated of catalogDocuments) {
  const source = readFileSync(new URL(`../../../catalog/sources/${curated.sourceFile}`, import.meta.url), "utf8");
  const score = scoreDraft(draftDocument(source, { sourceFile: curated.sourceFile }), curated);
  for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += score[key];
  say(
    `${score.slug} | ${score.tasks} | ${pct(score.found, score.tasks)} | ${pct(score.leadRight, score.tasks)} | ${pct(score.coordinatorsRight, score.tasks)} | ${pct(score.deadlinesRight, score.tasks)} | ${pct(score.targetsRight, score.targets)} (${score.targetsRight}/${score.targets}) | ${pct(score.invented, score.drafted)} (${score.invented}/${score.drafted}) | ${score.quotesVerbatim ? "có" : "KHÔNG"}`,
  );
  if (verbose) for (const miss of score.misses) say(`    ${miss}`);
}
say(
  `tổng | ${totals.tasks} | ${pct(totals.found, totals.tasks)} | ${pct(totals.leadRight, totals.tasks)} | ${pct(totals.coordinatorsRight, totals.tasks)} | ${pct(totals.deadlinesRight, totals.tasks)} | ${pct(totals.targetsRight, totals.targets)} | ${pct(totals.invented, totals.drafted)} | `,
);
