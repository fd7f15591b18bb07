import { readValueFile, ValueLineChecker } from "@pcmt/api";
import { type Database, sql } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import type { SyntheticDataset } from "@pcmt/synthetic";
import { addMonths, format, parseISO } from "date-fns";
import type { createBenchCaller } from "./benchDatabase";
import { writeDataValuesRowByRow } from "./rowByRowWriter";

const header = "Mã chỉ tiêu,Mã địa bàn,Kỳ,Giá trị";

/** The months after the dataset's last (skipping `skip`): imported, measured, then removed again. */
function monthsAfter(last: string, count: number, skip = 0): string[] {
  return Array.from({ length: count }, (_, i) => format(addMonths(parseISO(`${last}-01`), skip + i + 1), "yyyy-MM"));
}

/**
 * A value file of at least `wanted` values for months the dataset does not have: the last month's values of every
 * province, copied to the following months (valid: same places, parts within wholes).
 */
export async function buildImportFile(database: Database, dataset: SyntheticDataset, wanted: number, run = 0): Promise<{ csv: string; values: number; months: string[] }> {
  const last = dataset.scale.lastMonth;
  const rows = await database.db.selectFrom("data_values").select(["data_element_id", "org_unit_code", "value"]).where("province_code", "in", dataset.provinces.map((p) => p.code)).where("period", "=", last).execute();
  const perRun = Math.max(1, Math.ceil(wanted / Math.max(1, rows.length)));
  // Each run its own months: a run never writes where an earlier one wrote and deleted.
  const months = monthsAfter(last, perRun, run * perRun);
  const lines = [header];
  for (const month of months) for (const r of rows) lines.push(`${r.data_element_id},${r.org_unit_code},${month},${r.value}`);
  return { csv: lines.join("\n"), values: lines.length - 1, months };
}

export async function removeImported(database: Database, dataset: SyntheticDataset, months: readonly string[]): Promise<void> {
  await database.db.deleteFrom("data_values").where("province_code", "in", dataset.provinces.map((p) => p.code)).where("period", "in", [...months]).execute();
  await sql`delete from audit_log where entity = 'data_value' and split_part(entity_id, '|', 3) = any(${[...months]}::text[])`.execute(database.db);
}

export type ImportFile = Awaited<ReturnType<typeof buildImportFile>>;

/**
 * Values per second through the import procedure (read, check, store, audit, totals kept current): each run
 * imports its own file of new months; the median of the runs. Returns the files, to remove them afterwards.
 */
export async function measureImport(caller: ReturnType<typeof createBenchCaller>, database: Database, dataset: SyntheticDataset, wanted: number, runs: number) {
  const rates: number[] = [];
  const files: ImportFile[] = [];
  for (let run = 0; run < runs; run++) {
    const file = await buildImportFile(database, dataset, wanted, run);
    files.push(file);
    await removeImported(database, dataset, file.months);
    const contentBase64 = Buffer.from(file.csv).toString("base64");
    const start = performance.now();
    const result = await caller().dataValues.importFile({ fileName: "bench.csv", contentBase64 });
    const seconds = (performance.now() - start) / 1000;
    if (result.problemCount > 0 || result.written !== file.values) throw new Error(`Nhập thử không thành công: ${JSON.stringify(result.problems.slice(0, 3))}`);
    rates.push(file.values / seconds);
  }
  return { valuesPerSecond: rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)]!, files };
}

/** The baseline: the same reading and checks, then one statement per value (a subset: it is slow). */
export async function measureRowByRow(database: Database, dataset: SyntheticDataset, actor: Actor, file: { csv: string; months: string[] }, count: number) {
  await removeImported(database, dataset, file.months);
  const subset = file.csv.split("\n").slice(0, count + 1).join("\n");
  const start = performance.now();
  const checker = await ValueLineChecker.create(database.db, actor);
  let written = 0;
  await database.db.transaction().execute(async (trx) => {
    for await (const chunk of readValueFile("bench.csv", Buffer.from(subset))) {
      const writes = checker.check(chunk.lines);
      written += await writeDataValuesRowByRow(trx, writes, { userId: actor.userId, audit: { requestId: null } });
    }
    await checker.checkParts(trx);
  });
  const seconds = (performance.now() - start) / 1000;
  if (checker.problemCount > 0 || written !== count) throw new Error(`Nhập từng dòng không thành công: ${JSON.stringify(checker.problems.slice(0, 3))}`);
  await removeImported(database, dataset, file.months);
  return written / seconds;
}
