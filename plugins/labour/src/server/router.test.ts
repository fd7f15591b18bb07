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
});
