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
});
