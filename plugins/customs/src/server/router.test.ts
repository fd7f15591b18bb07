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
});
