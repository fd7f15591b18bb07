import { checkValueLines, type DataValueWrite, parseValueFile } from "@pcmt/api";
import { type Database, sql } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import type { SyntheticDataset } from "@pcmt/synthetic";
import { addMonths, format, parseISO } from "date-fns";
import type { createBenchCaller } from "./benchDatabase";
import { writeDataValuesRowByRow } from "./rowByRowWriter";

const header = "Mã chỉ tiêu,Mã địa bàn,Kỳ,Giá trị";

/** The months after the dataset's last: imported, measured, then removed again. */
function monthsAfter(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => format(addMonths(parseISO(`${last}-01`), i + 1), "yyyy-MM"));
}

/**
 * A value file of at least `wanted` values for months the dataset does not have: the last month's values of every
 * province, copied to the following months (valid: same places, parts within wholes).
 */
export async function buildImportFile(database: Database, dataset: SyntheticDataset, wanted: number): Promise<{ csv: string; values: number; months: string[] }> {
  const last = dataset.scale.lastMonth;
  const rows = await database.db.selectFrom("data_values").select(["data_element_id", "org_unit_code", "value"]).where("province_code", "in", dataset.provinces.map((p) => p.code)).where("period", "=", last).execute();
  const months = monthsAfter(last, Math.max(1, Math.ceil(wanted / Math.max(1, rows.length))));
  const lines = [header];
  for (const month of months) for (const r of rows) lines.push(`${r.data_element_id},${r.org_unit_code},${month},${r.value}`);
  return { csv: lines.join("\n"), values: lines.length - 1, months };
}

export async function removeImported(database: Database, dataset: SyntheticDataset, months: readonly string[]): Promise<void> {
  await database.db.deleteFrom("data_values").where("province_code", "in", dataset.provinces.map((p) => p.code)).where("period", "in", [...months]).execute();
  await sql`delete from audit_log where entity = 'data_value' and split_part(entity_id, '|', 3) = any(${[...months]}::text[])`.execute(database.db);
}

/** Values per second through the import procedure (parse, check, store, audit, totals), best of `runs`. */
export async function measureImport(caller: ReturnType<typeof createBenchCaller>, database: Database, dataset: SyntheticDataset, file: { csv: string; values: number; months: string[] }, runs: number) {
  const contentBase64 = Buffer.from(file.csv).toString("base64");
  let best = 0;
  for (let i = 0; i < runs; i++) {
    await removeImported(database, dataset, file.months);
    const start = performance.now();
    const result = await caller().dataValues.importFile({ fileName: "bench.csv", contentBase64 });
    const seconds = (performance.now() - start) / 1000;
    if (result.problemCount > 0 || result.written !== file.values) throw new Error(`Nhập thử không thành công: ${JSON.stringify(result.problems.slice(0, 3))}`);
    best = Math.max(best, file.values / seconds);
  }
  return best;
}

/** The baseline: the same parse and checks, then one statement per value (a subset: it is slow). */
export async function measureRowByRow(database: Database, dataset: SyntheticDataset, actor: Actor, file: { csv: string; months: string[] }, count: number) {
  await removeImported(database, dataset, file.months);
  const subset = file.csv.split("\n").slice(0, count + 1).join("\n");
  const start = performance.now();
  const parsed = await parseValueFile("bench.csv", Buffer.from(subset));
  const checked = await checkValueLines(database.db, actor, parsed.lines);
  const writes: DataValueWrite[] = checked.writes;
  await database.db.transaction().execute((trx) => writeDataValuesRowByRow(trx, writes, { userId: actor.userId, audit: { requestId: null } }));
  const seconds = (performance.now() - start) / 1000;
  await removeImported(database, dataset, file.months);
  return writes.length / seconds;
}
