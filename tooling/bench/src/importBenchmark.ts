import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileUploads, readValueFile, receiveUpload, rowsInMemory, ValueLineChecker } from "@pcmt/api";
import { type Database, sql } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import type { SyntheticDataset } from "@pcmt/synthetic";
import { addMonths, format, parseISO } from "date-fns";
import { benchContext } from "./benchDatabase";
import { writeDataValuesRowByRow } from "./baselines/rowByRowWriter";

const header = "Mã chỉ tiêu,Mã địa bàn,Kỳ,Giá trị";

/**
 * The dataset's own last months, `count` of them oldest first, `skip` months back from its last: values may only be
 * entered for periods that have begun and whose reports are open, so the benchmark imports into months of the past
 * (their values set aside first and restored after, their reports reopened meanwhile — see `setAsideMonths`).
 */
function lastMonths(last: string, count: number, skip = 0): string[] {
  return Array.from({ length: count }, (_, i) =>
    format(addMonths(parseISO(`${last}-01`), -(skip + count - 1 - i)), "yyyy-MM"),
  );
}

/** How many months of the dataset one file of at least `wanted` values covers. */
async function monthsPerFile(database: Database, dataset: SyntheticDataset, wanted: number): Promise<number> {
  const count = await database.db
    .selectFrom("data_values")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where(
      "province_code",
      "in",
      dataset.provinces.map((p) => p.code),
    )
    .where("period", "=", dataset.scale.lastMonth)
    .executeTakeFirstOrThrow();
  return Math.max(1, Math.ceil(wanted / Math.max(1, Number(count.n))));
}

/**
 * A value file of at least `wanted` values for `files` × its months, the latest last: file `index` of `files`. Each
 * file copies the values of the month before its first (valid: same places, parts within wholes).
 */
export async function buildImportFile(
  database: Database,
  dataset: SyntheticDataset,
  wanted: number,
  index: number,
  files: number,
): Promise<{ csv: string; values: number; months: string[] }> {
  const perFile = await monthsPerFile(database, dataset, wanted);
  const months = lastMonths(dataset.scale.lastMonth, perFile, (files - 1 - index) * perFile);
  const source = format(addMonths(parseISO(`${months[0]}-01`), -1), "yyyy-MM");
  const rows = await database.db
    .selectFrom("data_values")
    .select(["data_element_id", "org_unit_code", "value"])
    .where(
      "province_code",
      "in",
      dataset.provinces.map((p) => p.code),
    )
    .where("period", "=", source)
    .execute();
  const lines = [header];
  for (const month of months)
    for (const r of rows) lines.push(`${r.data_element_id},${r.org_unit_code},${month},${r.value}`);
  return { csv: lines.join("\n"), values: lines.length - 1, months };
}

export async function removeImported(
  database: Database,
  dataset: SyntheticDataset,
  months: readonly string[],
): Promise<void> {
  await database.db
    .deleteFrom("data_values")
    .where(
      "province_code",
      "in",
      dataset.provinces.map((p) => p.code),
    )
    .where("period", "in", [...months])
    .execute();
  await sql`delete from audit_log where entity = 'data_value' and split_part(entity_id, '|', 3) = any(${[...months]}::text[])`.execute(
    database.db,
  );
}

/**
 * Sets the dataset's last months aside for the benchmark: their values copied to a side table, their reports
 * reopened (values of a sent report are frozen). `restore` puts both back as they were.
 */
export async function setAsideMonths(database: Database, dataset: SyntheticDataset, wanted: number, files: number) {
  const perFile = await monthsPerFile(database, dataset, wanted);
  const months = lastMonths(dataset.scale.lastMonth, perFile * files);
  const provinces = dataset.provinces.map((p) => p.code);
  await sql`drop table if exists bench_set_aside`.execute(database.db);
  await sql`create table bench_set_aside as select * from data_values where province_code = any(${provinces}::text[]) and period = any(${months}::text[])`.execute(
    database.db,
  );
  const reports = await database.db
    .selectFrom("reports")
    .select(["id", "state"])
    .where("province_code", "in", provinces)
    .where("period", "in", months)
    .where("state", "in", ["submitted", "accepted"])
    .execute();
  if (reports.length)
    await database.db
      .updateTable("reports")
      .set({ state: "returned" })
      .where(
        "id",
        "in",
        reports.map((r) => r.id),
      )
      .execute();
  return {
    months,
    async restore() {
      await removeImported(database, dataset, months);
      await sql`insert into data_values select * from bench_set_aside`.execute(database.db);
      await sql`drop table bench_set_aside`.execute(database.db);
      for (const state of ["submitted", "accepted"] as const) {
        const ids = reports.filter((r) => r.state === state).map((r) => r.id);
        if (ids.length) await database.db.updateTable("reports").set({ state }).where("id", "in", ids).execute();
      }
    },
  };
}

export type ImportFile = Awaited<ReturnType<typeof buildImportFile>>;

/**
 * Values per second through the import upload as the server runs it once the file is on disk (read in a worker,
 * check, store, audit, totals kept current): each run imports its own file into months emptied first (set aside by
 * `setAsideMonths`); the median of the runs.
 */
export async function measureImport(
  actor: Actor,
  database: Database,
  dataset: SyntheticDataset,
  wanted: number,
  runs: number,
) {
  const rates: number[] = [];
  const files: ImportFile[] = [];
  const upload = createFileUploads()["data-values"];
  const folder = await mkdtemp(join(tmpdir(), "pcmt-bench-"));
  for (let run = 0; run < runs; run++) {
    const file = await buildImportFile(database, dataset, wanted, run, runs);
    files.push(file);
    await removeImported(database, dataset, file.months);
    const path = join(folder, `bench-${run}.csv`);
    await writeFile(path, file.csv);
    const start = performance.now();
    const result = await receiveUpload(
      upload,
      benchContext(database, actor),
      {},
      { fileName: "bench.csv", path, size: file.csv.length },
    );
    const seconds = (performance.now() - start) / 1000;
    if (result.problemCount > 0 || result.written !== file.values)
      throw new Error(`Nhập thử không thành công: ${JSON.stringify(result.problems.slice(0, 3))}`);
    rates.push(file.values / seconds);
  }
  await rm(folder, { recursive: true, force: true });
  return { valuesPerSecond: rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)]!, files };
}

/** The baseline: the same reading and checks, then one statement per value (a subset: it is slow). */
export async function measureRowByRow(
  database: Database,
  dataset: SyntheticDataset,
  actor: Actor,
  file: { csv: string; months: string[] },
  count: number,
) {
  await removeImported(database, dataset, file.months);
  const subset = file.csv
    .split("\n")
    .slice(0, count + 1)
    .join("\n");
  const start = performance.now();
  const checker = await ValueLineChecker.create(database.db, actor);
  let written = 0;
  await database.db.transaction().execute(async (trx) => {
    for await (const chunk of readValueFile(rowsInMemory(subset.split("\n").map((line) => line.split(","))))) {
      const writes = checker.check(chunk.lines);
      written += await writeDataValuesRowByRow(trx, writes, { userId: actor.userId, audit: { requestId: null } });
    }
    await checker.checkParts(trx);
  });
  const seconds = (performance.now() - start) / 1000;
  if (checker.problemCount > 0 || written !== count)
    throw new Error(`Nhập từng dòng không thành công: ${JSON.stringify(checker.problems.slice(0, 3))}`);
  await removeImported(database, dataset, file.months);
  return written / seconds;
}
