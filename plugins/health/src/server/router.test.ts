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
});
