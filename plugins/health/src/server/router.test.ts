import { createPluginTestHarness } from "@pcmt/plugin-sdk/testing";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthPlugin } from "./index";

const sample = {
  name: "Cơ sở điều trị Methadone TP Thái Nguyên",
  address: "Phường Phan Đình Phùng",
  capacity: 300,
  patients: 212,
} as const;

describe.each(testEngines)("health plugin on %s", (engine) => {
  let harness: Awaited<ReturnType<typeof createPluginTestHarness<typeof healthPlugin.router>>>;
  beforeAll(async () => {
    harness = await createPluginTestHarness(healthPlugin, { engine });
  });
  afterAll(() => harness.close());

  it("lets its officer register, update and list a cơ sở điều trị Methadone", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "health" });
    const created = await officer.clinics.create(sample);
    expect(created).toMatchObject({ ...sample, agencyCode: "health", provinceCode: "thai_nguyen", version: 1 });

    const updated = await officer.clinics.update({ id: created.id, expectedVersion: 1, values: sample });
    expect(updated.version).toBe(2);
    expect((await officer.clinics.list()).map((row) => row.id)).toContain(created.id);

    // The standing office of the province reads it; another province's office does not.
    expect(await harness.as({ role: "standing_office", agencyCode: "police" }).clinics.count()).toBeGreaterThan(0);
    expect(await harness.as({ role: "standing_office", provinceCode: "quang_tri" }).clinics.count()).toBe(0);
  });

  it("refuses a stale update instead of overwriting", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "health" });
    const created = await officer.clinics.create(sample);
    await officer.clinics.update({ id: created.id, expectedVersion: 1, values: sample });
    await expect(officer.clinics.update({ id: created.id, expectedVersion: 1, values: sample })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses other agencies, other provinces and oversight roles as writers", async () => {
    const created = await harness.as({ role: "agency_officer", agencyCode: "health" }).clinics.create(sample);
    const otherAgency = harness.as({ role: "agency_officer", agencyCode: "police" });
    await expect(otherAgency.clinics.create(sample)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(otherAgency.clinics.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const otherProvince = harness.as({ role: "agency_officer", agencyCode: "health", provinceCode: "quang_tri" });
    await expect(otherProvince.clinics.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(harness.as({ role: "steering_committee" }).clinics.create(sample)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(harness.anonymous().clinics.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // Nothing changed: the row is still there, unchanged.
    const rows = await harness.as({ role: "agency_officer", agencyCode: "health" }).clinics.list();
    expect(rows.find((row) => row.id === created.id)).toMatchObject({ version: 1 });
  });

  it("rejects invalid input with the field's name and stores nothing", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "health" });
    const before = await officer.clinics.count();
    const error = await officer.clinics
      .create({ name: "Cơ sở X", address: "Phường Y", capacity: -5, patients: 10 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(String((error as Error).message)).toContain("capacity");
    expect(await officer.clinics.count()).toBe(before);
  });

  it("sums places and patients of the province's clinics", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "health", provinceCode: "ha_tinh" });
    expect(await officer.occupancy()).toEqual({ clinics: 0, capacity: 0, patients: 0, occupancyRate: null });
    await officer.clinics.create({ ...sample, capacity: 200, patients: 150 });
    await officer.clinics.create({ ...sample, name: "Cơ sở 2", capacity: 100, patients: 90 });
    expect(await officer.occupancy()).toEqual({ clinics: 2, capacity: 300, patients: 240, occupancyRate: 0.8 });
    // Another province's figures stay out.
    const committee = harness.as({ role: "steering_committee", provinceCode: "quang_tri" });
    expect((await committee.occupancy()).clinics).toBe(0);
    await expect(
      harness.as({ role: "agency_officer", agencyCode: "police", provinceCode: "ha_tinh" }).occupancy(),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("records every write in the audit log", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "health" });
    const created = await officer.clinics.create(sample);
    await officer.clinics.remove({ id: created.id });
    const entries = await harness.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", created.id)
      .orderBy("id")
      .execute();
    expect(entries.map((e) => e.action)).toEqual([
      "health_methadone_clinics.create",
      "health_methadone_clinics.remove",
    ]);
  });
});
