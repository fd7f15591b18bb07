import { installedPlugins, loadCatalog, migratePlatform, nationalOverview } from "@pcmt/api";
import { openDatabase } from "@pcmt/db";
import { createTestDatabase, testEngines } from "@pcmt/testing";
import { describe, expect, it } from "vitest";
import { loadSyntheticDataset } from "./loadSyntheticDataset";
import { nationalScale, smallScale } from "./scales";
import { syntheticDataset } from "./syntheticDataset";

describe("the synthetic dataset", () => {
  it("has the national shape: 34 provinces, about 3,300 communes from merged pre-reform communes, 60 months, over 10 million values", () => {
    const dataset = syntheticDataset(nationalScale);
    expect(dataset.provinces).toHaveLength(34);
    expect(dataset.months).toHaveLength(60);
    const units = dataset.provinces.flatMap((p) => p.units);
    const today = units.filter((u) => u.level === "commune" && u.validTo === null);
    expect(today.length).toBeGreaterThan(3000);
    expect(today.length).toBeLessThan(3600);
    // Every pre-reform commune has exactly one successor of today, in its own district's province.
    const old = units.filter((u) => u.level === "commune" && u.validTo === "2025-06-30");
    expect(old.every((u) => u.successors.length === 1 && today.some((t) => t.code === u.successors[0]))).toBe(true);
    expect(units.filter((u) => u.level === "district").every((d) => d.validTo === "2025-06-30")).toBe(true);
    expect(dataset.valueCount).toBeGreaterThan(10_000_000);
    const indicators = dataset.provinces[0]!.document.indicators;
    expect(indicators.length + dataset.provinces[0]!.document.dataElements.length).toBeGreaterThanOrEqual(50);
  });

  it("is the same on every run, and its parts never exceed their wholes", () => {
    const first = syntheticDataset(smallScale).provinces[1]!;
    const second = syntheticDataset(smallScale).provinces[1]!;
    expect(second.units).toEqual(first.units);
    const values = [...first.values()].flat();
    expect([...second.values()].flat()).toEqual(values);
    expect(values).toHaveLength(first.valueCount);
    const byKey = new Map(values.map((v) => [`${v.elementId}|${v.orgUnit}|${v.period}`, v.value]));
    for (const indicator of first.document.indicators) {
      for (const v of values.filter((x) => x.elementId.endsWith(`#${indicator.numerator}`))) {
        expect(v.value).toBeLessThanOrEqual(
          byKey.get(`${first.document.slug}#${indicator.denominator}|${v.orgUnit}|${v.period}`)!,
        );
      }
    }
  });
});

describe.each(testEngines)("loading the small synthetic dataset on %s", (engine) => {
  it("loads beside the repository's provinces once, and the national overview lists them", async () => {
    const testDb = await createTestDatabase(engine);
    const database = await openDatabase(testDb.config);
    try {
      await migratePlatform(database.db, installedPlugins);
      await loadCatalog(database.db, installedPlugins);
      const dataset = syntheticDataset(smallScale);
      const phases = new Set<string>();
      const loaded = await loadSyntheticDataset(database.db, dataset, installedPlugins, (p) => phases.add(p.phase));
      expect(loaded).toMatchObject({ skipped: false, provinces: 3, values: dataset.valueCount });
      expect([...phases]).toEqual(["places", "reports", "values"]);
      const stored = await database.db
        .selectFrom("data_value_totals")
        .select((eb) => eb.fn.sum<number>("value_count").as("n"))
        .where("province_code", "like", "mau%")
        .executeTakeFirstOrThrow();
      expect(Number(stored.n)).toBe(dataset.valueCount);
      expect(await loadSyntheticDataset(database.db, dataset, installedPlugins)).toMatchObject({ skipped: true });
      // Reloading the repository's catalog leaves the dataset's places alone.
      await loadCatalog(database.db, installedPlugins);
      const national = await nationalOverview(database.db, "2026-11-20");
      expect(national.provinces.map((p) => p.code)).toEqual(
        expect.arrayContaining(["quang_tri", "mau_01", "mau_02", "mau_03"]),
      );
      const mau = national.provinces.find((p) => p.code === "mau_01")!;
      expect(mau.indicators.no_data).toBe(0);
      expect(mau.indicators.achieved + mau.indicators.at_risk + mau.indicators.not_achieved).toBe(40);
    } finally {
      await database.close();
      await testDb.drop();
    }
  }, 120_000);
});
