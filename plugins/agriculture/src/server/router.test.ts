import { createPluginTestHarness } from "@pcmt/plugin-sdk/testing";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agriculturePlugin } from "./index";

const sample = {
  locality: "Xã Phú Thượng, huyện Võ Nhai",
  plant: "opium_poppy",
  area_m2: 120.5,
  discovered_on: "2024-01-18",
  destroyed: true,
} as const;

describe.each(testEngines)("agriculture plugin on %s", (engine) => {
  let harness: Awaited<ReturnType<typeof createPluginTestHarness<typeof agriculturePlugin.router>>>;
  beforeAll(async () => {
    harness = await createPluginTestHarness(agriculturePlugin, { engine });
  });
  afterAll(() => harness.close());

  it("lets its officer register, update and list a điểm trồng cây có chứa chất ma túy", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "agriculture" });
    const created = await officer.cropSites.create(sample);
    expect(created).toMatchObject({ ...sample, agencyCode: "agriculture", provinceCode: "thai_nguyen", version: 1 });

    const updated = await officer.cropSites.update({ id: created.id, expectedVersion: 1, values: sample });
    expect(updated.version).toBe(2);
    expect((await officer.cropSites.list()).map((row) => row.id)).toContain(created.id);

    // The standing office of the province reads it; another province's office does not.
    expect(await harness.as({ role: "standing_office", agencyCode: "police" }).cropSites.count()).toBeGreaterThan(0);
    expect(await harness.as({ role: "standing_office", provinceCode: "quang_tri" }).cropSites.count()).toBe(0);
  });

  it("refuses a stale update instead of overwriting", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "agriculture" });
    const created = await officer.cropSites.create(sample);
    await officer.cropSites.update({ id: created.id, expectedVersion: 1, values: sample });
    await expect(
      officer.cropSites.update({ id: created.id, expectedVersion: 1, values: sample }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses other agencies, other provinces and oversight roles as writers", async () => {
    const created = await harness.as({ role: "agency_officer", agencyCode: "agriculture" }).cropSites.create(sample);
    const otherAgency = harness.as({ role: "agency_officer", agencyCode: "police" });
    await expect(otherAgency.cropSites.create(sample)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(otherAgency.cropSites.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const otherProvince = harness.as({ role: "agency_officer", agencyCode: "agriculture", provinceCode: "quang_tri" });
    await expect(otherProvince.cropSites.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(harness.as({ role: "steering_committee" }).cropSites.create(sample)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(harness.anonymous().cropSites.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // Nothing changed: the row is still there, unchanged.
    const rows = await harness.as({ role: "agency_officer", agencyCode: "agriculture" }).cropSites.list();
    expect(rows.find((row) => row.id === created.id)).toMatchObject({ version: 1 });
  });

  it("rejects invalid input with the field's name and stores nothing", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "agriculture" });
    const before = await officer.cropSites.count();
    const error = await officer.cropSites
      .create({
        locality: "Xã A",
        plant: "opium_poppy",
        area_m2: 0,
        discovered_on: "2024-01-18",
        destroyed: false,
      } as never)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(String((error as Error).message)).toContain("area_m2");
    expect(await officer.cropSites.count()).toBe(before);
  });

  it("records every write in the audit log", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "agriculture" });
    const created = await officer.cropSites.create(sample);
    await officer.cropSites.remove({ id: created.id });
    const entries = await harness.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", created.id)
      .orderBy("id")
      .execute();
    expect(entries.map((e) => e.action)).toEqual(["agriculture_crop_sites.create", "agriculture_crop_sites.remove"]);
  });
});
