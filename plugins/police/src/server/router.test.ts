import { createPluginTestHarness } from "@pcmt/plugin-sdk/testing";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policePlugin } from "./index";

const sample = {
  name: "Khu vực bãi sông Cầu",
  locality: "Phường Gia Sàng",
  status: "active",
  discovered_on: "2024-03-12",
} as const;

describe.each(testEngines)("police plugin on %s", (engine) => {
  let harness: Awaited<ReturnType<typeof createPluginTestHarness<typeof policePlugin.router>>>;
  beforeAll(async () => {
    harness = await createPluginTestHarness(policePlugin, { engine });
  });
  afterAll(() => harness.close());

  it("lets its officer register, update and list a điểm, tụ điểm phức tạp về ma túy", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "police" });
    const created = await officer.hotspots.create(sample);
    expect(created).toMatchObject({ ...sample, agencyCode: "police", provinceCode: "thai_nguyen", version: 1 });

    const updated = await officer.hotspots.update({ id: created.id, expectedVersion: 1, values: sample });
    expect(updated.version).toBe(2);
    expect((await officer.hotspots.list()).map((row) => row.id)).toContain(created.id);

    // The standing office of the province reads it; another province's office does not.
    expect(await harness.as({ role: "standing_office", agencyCode: "police" }).hotspots.count()).toBeGreaterThan(0);
    expect(await harness.as({ role: "standing_office", provinceCode: "quang_tri" }).hotspots.count()).toBe(0);
  });

  it("refuses a stale update instead of overwriting", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "police" });
    const created = await officer.hotspots.create(sample);
    await officer.hotspots.update({ id: created.id, expectedVersion: 1, values: sample });
    await expect(officer.hotspots.update({ id: created.id, expectedVersion: 1, values: sample })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
  });

  it("refuses other agencies, other provinces and oversight roles as writers", async () => {
    const created = await harness.as({ role: "agency_officer", agencyCode: "police" }).hotspots.create(sample);
    const otherAgency = harness.as({ role: "agency_officer", agencyCode: "health" });
    await expect(otherAgency.hotspots.create(sample)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(otherAgency.hotspots.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const otherProvince = harness.as({ role: "agency_officer", agencyCode: "police", provinceCode: "quang_tri" });
    await expect(otherProvince.hotspots.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(harness.as({ role: "steering_committee" }).hotspots.create(sample)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(harness.anonymous().hotspots.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // Nothing changed: the row is still there, unchanged.
    const rows = await harness.as({ role: "agency_officer", agencyCode: "police" }).hotspots.list();
    expect(rows.find((row) => row.id === created.id)).toMatchObject({ version: 1 });
  });

  it("rejects invalid input with the field's name and stores nothing", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "police" });
    const before = await officer.hotspots.count();
    const error = await officer.hotspots
      .create({ name: "", locality: "Phường Gia Sàng", status: "unknown", discovered_on: "12/03/2024" } as never)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(String((error as Error).message)).toContain("status");
    expect(await officer.hotspots.count()).toBe(before);
  });

  it("records every write in the audit log", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "police" });
    const created = await officer.hotspots.create(sample);
    await officer.hotspots.remove({ id: created.id });
    const entries = await harness.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", created.id)
      .orderBy("id")
      .execute();
    expect(entries.map((e) => e.action)).toEqual(["police_drug_hotspots.create", "police_drug_hotspots.remove"]);
  });
});
