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
});
