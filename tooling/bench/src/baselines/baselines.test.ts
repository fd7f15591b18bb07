import {
  drillDownIndicator,
  installedPlugins,
  loadCatalog,
  migratePlatform,
  nationalOverview,
  provinceOverview,
  timelinessMatrix,
} from "@pcmt/api";
import { type Database, openDatabase } from "@pcmt/db";
import { loadSyntheticDataset, smallScale, syntheticDataset } from "@pcmt/synthetic";
import { createTestDatabase, testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baselineIndexes, plainSqlSums } from "./plainSqlSums";
import { timelinessInOneQuery } from "./timelinessInOneQuery";

// Two provinces, seven months: the benchmark's dataset in miniature.
const dataset = syntheticDataset({ ...smallScale, provinces: 2, firstMonth: "2026-05", lastMonth: "2026-11" });
const today = "2026-12-01";

describe.each(testEngines)("the benchmark's baselines on %s compute what the product shows", (engine) => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const testDb = await createTestDatabase(engine);
    drop = testDb.drop;
    database = await openDatabase(testDb.config);
    await migratePlatform(database.db, installedPlugins);
    await loadCatalog(database.db, installedPlugins);
    await loadSyntheticDataset(database.db, dataset, installedPlugins, () => {});
    await baselineIndexes.create(database.db);
  }, 180_000);
  afterAll(async () => {
    await baselineIndexes.drop(database.db);
    await database.close();
    await drop();
  });

  const province = dataset.provinces[0]!.code;
  const indicatorId = `${dataset.provinces[0]!.document.slug}#${dataset.provinces[0]!.document.indicators[0]!.ref}`;

  it("the plain GROUP BY gives the province overview, the national overview and the drill-down the kept totals give", async () => {
    const options = { periods: 6, until: today, today };
    const product = await provinceOverview(database.db, province, options);
    expect(product.indicators.filter((i) => i.value !== null).length).toBeGreaterThan(0);
    expect(await provinceOverview(database.db, province, { ...options, sums: plainSqlSums })).toEqual(product);
    expect(await nationalOverview(database.db, today, { sums: plainSqlSums })).toEqual(
      await nationalOverview(database.db, today),
    );
    const drill = await drillDownIndicator(database.db, province, indicatorId);
    expect(drill.measurable && drill.periods.length).toBeGreaterThan(0);
    expect(await drillDownIndicator(database.db, province, indicatorId, undefined, { sums: plainSqlSums })).toEqual(
      drill,
    );
  });

  it("the one-query timeliness matrix has the product's agencies, periods and cells", async () => {
    const options = { periods: 12, until: today, today };
    const product = await timelinessMatrix(database.db, province, options);
    expect(product.cells.length).toBeGreaterThan(0);
    expect(await timelinessInOneQuery(database.db, province, options)).toEqual(product);
  });
});
