import { createPluginTestHarness } from "@pcmt/plugin-sdk/testing";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customsPlugin } from "./index";

const sample = {
  name: "Công ty TNHH Hóa chất Gia Sàng",
  tax_code: "4600123456",
  precursors: "Axit sunfuric, Toluen",
  last_inspected_on: "2024-02-20",
} as const;

describe.each(testEngines)("customs plugin on %s", (engine) => {
  let harness: Awaited<ReturnType<typeof createPluginTestHarness<typeof customsPlugin.router>>>;
  beforeAll(async () => {
    harness = await createPluginTestHarness(customsPlugin, { engine });
  });
  afterAll(() => harness.close());

  it("lets its officer register, update and list a doanh nghiệp kinh doanh tiền chất", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "customs" });
    const created = await officer.firms.create(sample);
    expect(created).toMatchObject({ ...sample, agencyCode: "customs", provinceCode: "thai_nguyen", version: 1 });

    const updated = await officer.firms.update({ id: created.id, expectedVersion: 1, values: sample });
    expect(updated.version).toBe(2);
    expect((await officer.firms.list()).map((row) => row.id)).toContain(created.id);

    // The standing office of the province reads it; another province's office does not.
    expect(await harness.as({ role: "standing_office", agencyCode: "police" }).firms.count()).toBeGreaterThan(0);
    expect(await harness.as({ role: "standing_office", provinceCode: "quang_tri" }).firms.count()).toBe(0);
  });

  it("refuses a stale update instead of overwriting", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "customs" });
    const created = await officer.firms.create(sample);
    await officer.firms.update({ id: created.id, expectedVersion: 1, values: sample });
    await expect(officer.firms.update({ id: created.id, expectedVersion: 1, values: sample })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses other agencies, other provinces and oversight roles as writers", async () => {
    const created = await harness.as({ role: "agency_officer", agencyCode: "customs" }).firms.create(sample);
    const otherAgency = harness.as({ role: "agency_officer", agencyCode: "health" });
    await expect(otherAgency.firms.create(sample)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(otherAgency.firms.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const otherProvince = harness.as({ role: "agency_officer", agencyCode: "customs", provinceCode: "quang_tri" });
    await expect(otherProvince.firms.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(harness.as({ role: "steering_committee" }).firms.create(sample)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(harness.anonymous().firms.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // Nothing changed: the row is still there, unchanged.
    const rows = await harness.as({ role: "agency_officer", agencyCode: "customs" }).firms.list();
    expect(rows.find((row) => row.id === created.id)).toMatchObject({ version: 1 });
  });

  it("rejects invalid input with the field's name and stores nothing", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "customs" });
    const before = await officer.firms.count();
    const error = await officer.firms
      .create({ name: "Công ty", tax_code: "12ab", precursors: "Toluen", last_inspected_on: null })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(String((error as Error).message)).toContain("tax_code");
    expect(await officer.firms.count()).toBe(before);
  });

  it("records every write in the audit log", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "customs" });
    const created = await officer.firms.create(sample);
    await officer.firms.remove({ id: created.id });
    const entries = await harness.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", created.id)
      .orderBy("id")
      .execute();
    expect(entries.map((e) => e.action)).toEqual(["customs_precursor_firms.create", "customs_precursor_firms.remove"]);
  });
});
