import { createPluginTestHarness } from "@pcmt/plugin-sdk/testing";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labourPlugin } from "./index";

const sample = { name: "Cơ sở cai nghiện ma túy số 1", ownership: "public", capacity: 250, residents: 707 } as const;

describe.each(testEngines)("labour plugin on %s", (engine) => {
  let harness: Awaited<ReturnType<typeof createPluginTestHarness<typeof labourPlugin.router>>>;
  beforeAll(async () => {
    harness = await createPluginTestHarness(labourPlugin, { engine });
  });
  afterAll(() => harness.close());

  it("lets its officer register, update and list a cơ sở cai nghiện ma túy", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "labour" });
    const created = await officer.facilities.create(sample);
    expect(created).toMatchObject({ ...sample, agencyCode: "labour", provinceCode: "thai_nguyen", version: 1 });

    const updated = await officer.facilities.update({ id: created.id, expectedVersion: 1, values: sample });
    expect(updated.version).toBe(2);
    expect((await officer.facilities.list()).map((row) => row.id)).toContain(created.id);

    // The standing office of the province reads it; another province's office does not.
    expect(await harness.as({ role: "standing_office", agencyCode: "police" }).facilities.count()).toBeGreaterThan(0);
    expect(await harness.as({ role: "standing_office", provinceCode: "quang_tri" }).facilities.count()).toBe(0);
  });

  it("refuses a stale update instead of overwriting", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "labour" });
    const created = await officer.facilities.create(sample);
    await officer.facilities.update({ id: created.id, expectedVersion: 1, values: sample });
    await expect(
      officer.facilities.update({ id: created.id, expectedVersion: 1, values: sample }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses other agencies, other provinces and oversight roles as writers", async () => {
    const created = await harness.as({ role: "agency_officer", agencyCode: "labour" }).facilities.create(sample);
    const otherAgency = harness.as({ role: "agency_officer", agencyCode: "health" });
    await expect(otherAgency.facilities.create(sample)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(otherAgency.facilities.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const otherProvince = harness.as({ role: "agency_officer", agencyCode: "labour", provinceCode: "quang_tri" });
    await expect(otherProvince.facilities.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(harness.as({ role: "steering_committee" }).facilities.create(sample)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(harness.anonymous().facilities.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // Nothing changed: the row is still there, unchanged.
    const rows = await harness.as({ role: "agency_officer", agencyCode: "labour" }).facilities.list();
    expect(rows.find((row) => row.id === created.id)).toMatchObject({ version: 1 });
  });

  it("rejects invalid input with the field's name and stores nothing", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "labour" });
    const before = await officer.facilities.count();
    const error = await officer.facilities
      .create({ name: "Cơ sở", ownership: "public", capacity: "nhiều", residents: 1 } as never)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(String((error as Error).message)).toContain("capacity");
    expect(await officer.facilities.count()).toBe(before);
  });

  it("records every write in the audit log", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "labour" });
    const created = await officer.facilities.create(sample);
    await officer.facilities.remove({ id: created.id });
    const entries = await harness.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", created.id)
      .orderBy("id")
      .execute();
    expect(entries.map((e) => e.action)).toEqual(["labour_rehab_facilities.create", "labour_rehab_facilities.remove"]);
  });
});
