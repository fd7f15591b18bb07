import { createPluginTestHarness } from "@pcmt/plugin-sdk/testing";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { educationPlugin } from "./index";

const sample = {
  school: "Trường THPT Chuyên Thái Nguyên",
  topic: "Tác hại của ma túy tổng hợp",
  held_on: "2024-04-05",
  participants: 850,
} as const;

describe.each(testEngines)("education plugin on %s", (engine) => {
  let harness: Awaited<ReturnType<typeof createPluginTestHarness<typeof educationPlugin.router>>>;
  beforeAll(async () => {
    harness = await createPluginTestHarness(educationPlugin, { engine });
  });
  afterAll(() => harness.close());

  it("lets its officer register, update and list a buổi tuyên truyền", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "education" });
    const created = await officer.sessions.create(sample);
    expect(created).toMatchObject({ ...sample, agencyCode: "education", provinceCode: "thai_nguyen", version: 1 });

    const updated = await officer.sessions.update({ id: created.id, expectedVersion: 1, values: sample });
    expect(updated.version).toBe(2);
    expect((await officer.sessions.list()).map((row) => row.id)).toContain(created.id);
  });

  it("rejects invalid input with the field's name and stores nothing", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "education" });
    const before = await officer.sessions.count();
    const error = await officer.sessions
      .create({ school: "Trường A", topic: "", held_on: "2024-04-05", participants: 10 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(String((error as Error).message)).toContain("topic");
    expect(await officer.sessions.count()).toBe(before);
  });
});
