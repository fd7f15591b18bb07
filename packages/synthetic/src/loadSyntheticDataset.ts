import { type DataValueWrite, loadDocument, loadPlaces, writeDataValues } from "@pcmt/api";
import type { PluginAgencies } from "@pcmt/catalog";
import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";
import type { SyntheticDataset } from "./syntheticDataset";

export interface LoadProgress {
  phase: "places" | "reports" | "values";
  done: number;
  total: number;
}

export interface LoadResult {
  skipped: boolean;
  provinces: number;
  orgUnits: number;
  reports: number;
  values: number;
}

/** Values per write: about a province's month. */
const batchSize = 25_000;

async function storedValueCount(db: Kysely<CoreDatabase>, provinceCodes: string[]): Promise<number> {
  const row = await db
    .selectFrom("data_value_totals")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("value_count"), sql<number>`0`).as("n"))
    .where("province_code", "in", provinceCodes)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Loads a synthetic dataset beside whatever the database holds (its provinces have their own codes, "mau_01"…).
 * Already loaded in full: nothing is done. Partly loaded (an interrupted run): its provinces are cleared and
 * loaded again. Values go through the platform's own set-based writer, so the totals the console reads are kept
 * current exactly as for an import.
 */
export async function loadSyntheticDataset(
  db: Kysely<CoreDatabase>,
  dataset: SyntheticDataset,
  plugins: PluginAgencies,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<LoadResult> {
  const codes = dataset.provinces.map((p) => p.code);
  const orgUnits = dataset.provinces.reduce((n, p) => n + p.units.length, 0);
  const reportCount = dataset.provinces.reduce((n, p) => n + p.reports.length, 0);
  const summary = { provinces: codes.length, orgUnits, reports: reportCount, values: dataset.valueCount };
  const documents = await db
    .selectFrom("catalog_documents")
    .select("slug")
    .where("province_code", "in", codes)
    .execute();
  if (documents.length === codes.length && (await storedValueCount(db, codes)) === dataset.valueCount)
    return { skipped: true, ...summary };

  await db.deleteFrom("data_values").where("province_code", "in", codes).execute();
  await db.deleteFrom("reports").where("province_code", "in", codes).execute();

  await db.transaction().execute(async (trx) => {
    const position = Number(
      (
        await trx
          .selectFrom("catalog_documents")
          .select((eb) => eb.fn.max("position").as("p"))
          .executeTakeFirst()
      )?.p ?? 0,
    );
    for (const [i, province] of dataset.provinces.entries()) {
      await loadPlaces(trx, province.units);
      await loadDocument(trx, province.document, position + 1 + i, plugins, province.sourceText);
      onProgress({ phase: "places", done: i + 1, total: codes.length });
    }
  });

  let reportsDone = 0;
  for (const province of dataset.provinces) {
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < province.reports.length; i += 500) {
        const chunk = province.reports.slice(i, i + 500);
        const ids = await trx
          .insertInto("reports")
          .values(
            chunk.map((r) => ({
              agency_code: r.agencyCode,
              province_code: r.provinceCode,
              period: r.period,
              due_date: r.dueDate,
              state: r.state,
              summary:
                r.state === "draft"
                  ? ""
                  : `Báo cáo kết quả công tác phòng, chống ma túy tháng ${r.period.slice(5)}/${r.period.slice(0, 4)} (dữ liệu mô phỏng).`,
              first_submitted_at: r.submittedAt,
              last_submitted_at: r.submittedAt,
              reviewed_at:
                r.state === "accepted" && r.submittedAt ? new Date(r.submittedAt.getTime() + 2 * 86_400_000) : null,
            })),
          )
          .returning("id")
          .execute();
        const items = chunk.flatMap((r, k) =>
          r.items.map((item) => ({ report_id: ids[k]!.id, task_id: item.taskId, status: item.status, narrative: "" })),
        );
        for (let j = 0; j < items.length; j += 2000)
          await trx
            .insertInto("report_items")
            .values(items.slice(j, j + 2000))
            .execute();
      }
    });
    reportsDone += province.reports.length;
    onProgress({ phase: "reports", done: reportsDone, total: reportCount });
  }

  // Month by month across the provinces (each province's generator yields a month at a time): values are keyed by
  // period first, so each month's values land together at the end of the index.
  let valuesDone = 0;
  let batch: DataValueWrite[] = [];
  const flush = async () => {
    await writeDataValues(db, batch, { userId: null, audit: null });
    valuesDone += batch.length;
    batch = [];
    onProgress({ phase: "values", done: valuesDone, total: dataset.valueCount });
  };
  const months = dataset.provinces.map((p) => p.values());
  for (let open = months.length; open > 0;) {
    open = 0;
    for (const province of months) {
      const next = province.next();
      if (next.done) continue;
      open++;
      for (const v of next.value) batch.push(v);
      if (batch.length >= batchSize) await flush();
    }
  }
  if (batch.length > 0) await flush();
  // What autovacuum would do soon after, done now: statistics for the planner, and the visibility map set, so that
  // nothing heavy runs in the background while the dataset is first used (or measured).
  await sql`vacuum analyze data_values, data_value_totals, reports, report_items, org_units, catalog_indicators`.execute(
    db,
  );
  return { skipped: false, ...summary };
}
