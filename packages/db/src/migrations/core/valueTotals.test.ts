import { createTestDatabase, testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../connection/openDatabase";
import { migrateOwner } from "../migrateOwner";
import { coreMigrations } from "./index";

describe.each(testEngines)("data value totals kept current on write, on %s", (engine) => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const testDb = await createTestDatabase(engine);
    drop = testDb.drop;
    database = await openDatabase(testDb.config);
    await migrateOwner(database.db, "core", coreMigrations);
  });
  afterAll(async () => {
    await database.close();
    await drop();
  });

  const totals = () =>
    database.db.selectFrom("data_value_totals").selectAll().orderBy("period").orderBy("data_element_id").execute();
  const row = (element: string, unit: string, period: string, value: number) => ({
    data_element_id: element,
    org_unit_code: unit,
    period,
    value,
    agency_code: "health",
    province_code: "qt",
  });

  it("adds a bulk insert, an update and a delete into the totals at once", async () => {
    await database.db
      .insertInto("data_values")
      .values([
        row("a", "x1", "2024-05", 3),
        row("a", "x2", "2024-05", 4),
        row("b", "x1", "2024-05", 10),
        row("a", "x1", "2024-06", 1),
      ])
      .execute();
    expect(await totals()).toEqual([
      { data_element_id: "a", province_code: "qt", period: "2024-05", total: 7, value_count: 2 },
      { data_element_id: "b", province_code: "qt", period: "2024-05", total: 10, value_count: 1 },
      { data_element_id: "a", province_code: "qt", period: "2024-06", total: 1, value_count: 1 },
    ]);

    await database.db
      .updateTable("data_values")
      .set({ value: 9 })
      .where("data_element_id", "=", "a")
      .where("org_unit_code", "=", "x2")
      .where("period", "=", "2024-05")
      .execute();
    await database.db.deleteFrom("data_values").where("period", "=", "2024-06").execute();
    await database.db
      .insertInto("data_values")
      .values(row("b", "x1", "2024-05", 12))
      .onConflict((oc) =>
        oc.columns(["period", "province_code", "data_element_id", "org_unit_code"]).doUpdateSet({ value: 12 }),
      )
      .execute();
    expect(await totals()).toEqual([
      { data_element_id: "a", province_code: "qt", period: "2024-05", total: 12, value_count: 2 },
      { data_element_id: "b", province_code: "qt", period: "2024-05", total: 12, value_count: 1 },
    ]);

    // The totals always equal a plain aggregate of the raw values.
    const raw = await database.db
      .selectFrom("data_values")
      .select(["data_element_id", "period", (eb) => eb.fn.sum<number>("value").as("total")])
      .groupBy(["data_element_id", "period"])
      .orderBy("period")
      .orderBy("data_element_id")
      .execute();
    expect(raw.map((r) => Number(r.total))).toEqual((await totals()).map((t) => t.total));
  });
});
