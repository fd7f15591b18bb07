import { importValueChunks, readValueFile } from "@pcmt/api";
import { openDatabase } from "@pcmt/db";
import { syntheticDataset, syntheticScales } from "@pcmt/synthetic";
import { buildImportFile, removeImported } from "./importBenchmark";

const database = await openDatabase({ kind: "postgres", connectionString: "postgres://postgres@127.0.0.1:5432/pcmt_bench_national" });
const dataset = syntheticDataset(syntheticScales.national);
const admin = { userId: crypto.randomUUID(), username: "b", displayName: "b", role: "admin" as const, agencyCode: null, provinceCode: null };
for (let i = 0; i < 3; i++) {
  const file = await buildImportFile(database, dataset, 100_000, 10 + i);
  await removeImported(database, dataset, file.months);
  const s = performance.now();
  const r = await importValueChunks(database.db, admin, null, readValueFile("x.csv", Buffer.from(file.csv)));
  process.stdout.write(`${["import", file.months[0], Math.round(performance.now() - s), r.written, r.problemCount].join(" ")}\n`);
}
for (let i = 0; i < 3; i++) await removeImported(database, dataset, (await buildImportFile(database, dataset, 100_000, 10 + i)).months);
await database.close();
