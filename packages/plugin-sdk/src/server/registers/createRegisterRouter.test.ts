import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineRegister, field } from "../../register";
import { createPluginTestHarness } from "../../testing/createPluginTestHarness";
import { definePlugin } from "../definePlugin";
import { createRouter } from "../trpc";
import { createRegisterRouter } from "./createRegisterRouter";
import { createRegisterTable } from "./registerTable";

// A register of the SDK's own, so that the mechanism every plugin's registers use is tested once, here: scoping,
// versioning, who may write, validation, the audit. Plugins test only what they add.
const itemsRegister = defineRegister({
  table: "sample_items",
  agencies: ["police", "border_guard"],
  title: { vi: "Sổ mẫu", en: "Sample register" },
  entity: { vi: "mục mẫu", en: "sample item" },
  orderBy: "counted_on",
  fields: {
    name: field.text({ vi: "Tên", en: "Name" }, { max: 100 }),
    counted_on: field.date({ vi: "Ngày", en: "Date" }),
    amount: field.integer({ vi: "Số lượng", en: "Amount" }, { max: 1000 }),
  },
});

const samplePlugin = definePlugin({
  id: "sample",
  version: "1.0.0",
  displayName: { vi: "Mẫu", en: "Sample" },
  agencies: ["police", "border_guard"],
  catalog: [],
  migrations: {
    "0001_items": {
      up: (db) =>
        createRegisterTable(db, "sample_items", (t) =>
          t
            .addColumn("name", "text", (c) => c.notNull())
            .addColumn("counted_on", "date", (c) => c.notNull())
            .addColumn("amount", "integer", (c) => c.notNull()),
        ),
      down: async (db) => void (await db.schema.dropTable("sample_items").execute()),
    },
  },
  registers: [itemsRegister],
  router: createRouter({ items: createRegisterRouter(itemsRegister) }),
  consoleWidgets: [],
});

const sample = { name: "Mục 1", counted_on: "2026-05-04", amount: 12 };

describe.each(testEngines)("createRegisterRouter on %s", (engine) => {
  let harness: Awaited<ReturnType<typeof createPluginTestHarness<typeof samplePlugin.router>>>;
  beforeAll(async () => {
    harness = await createPluginTestHarness(samplePlugin, { engine });
  });
  afterAll(() => harness.close());
  const officer = () => harness.as({ role: "agency_officer", agencyCode: "police" });

  it("lets an officer of the register's agencies create, update and list rows owned by its agency and province", async () => {
    const created = await officer().items.create(sample);
    expect(created).toMatchObject({ ...sample, agencyCode: "police", provinceCode: "thai_nguyen", version: 1 });
    const updated = await officer().items.update({
      id: created.id,
      expectedVersion: 1,
      values: { ...sample, amount: 13 },
    });
    expect(updated).toMatchObject({ amount: 13, version: 2 });
    expect((await officer().items.list()).map((row) => row.id)).toContain(created.id);
  });

  it("shows each reader only its scope: the province's oversight reads it, another province's and another agency's do not", async () => {
    await officer().items.create(sample);
    const own = await officer().items.count();
    expect(await harness.as({ role: "standing_office", agencyCode: "police" }).items.count()).toBe(own);
    expect(await harness.as({ role: "steering_committee" }).items.count()).toBe(own);
    expect(await harness.as({ role: "standing_office", provinceCode: "quang_tri" }).items.count()).toBe(0);
    expect(await harness.as({ role: "agency_officer", agencyCode: "border_guard" }).items.count()).toBe(0);
  });

  it("refuses a stale update instead of overwriting", async () => {
    const created = await officer().items.create(sample);
    await officer().items.update({ id: created.id, expectedVersion: 1, values: sample });
    await expect(officer().items.update({ id: created.id, expectedVersion: 1, values: sample })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses other agencies, other provinces, oversight roles and anonymous callers as writers, changing nothing", async () => {
    const created = await officer().items.create(sample);
    const otherAgency = harness.as({ role: "agency_officer", agencyCode: "health" });
    await expect(otherAgency.items.create(sample)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(otherAgency.items.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const otherProvince = harness.as({ role: "agency_officer", agencyCode: "police", provinceCode: "quang_tri" });
    await expect(otherProvince.items.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      harness.as({ role: "agency_officer", agencyCode: "border_guard" }).items.remove({ id: created.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(harness.as({ role: "steering_committee" }).items.create(sample)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(harness.anonymous().items.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await officer().items.list()).find((row) => row.id === created.id)).toMatchObject({ version: 1 });
  });

  it("rejects invalid input naming the field, and stores nothing", async () => {
    const before = await officer().items.count();
    const error = await officer()
      .items.create({ ...sample, amount: 5000 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(String((error as Error).message)).toContain("amount");
    expect(await officer().items.count()).toBe(before);
  });

  it("records every write in the audit log with its before and after", async () => {
    const created = await officer().items.create(sample);
    await officer().items.update({ id: created.id, expectedVersion: 1, values: { ...sample, amount: 20 } });
    await officer().items.remove({ id: created.id });
    const entries = await harness.db
      .selectFrom("audit_log")
      .select(["action", "before", "after"])
      .where("entity_id", "=", created.id)
      .orderBy("id")
      .execute();
    expect(entries.map((e) => e.action)).toEqual(["sample_items.create", "sample_items.update", "sample_items.remove"]);
    expect(JSON.stringify(entries[1]!.after)).toContain("20");
  });
});
