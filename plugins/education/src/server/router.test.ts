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

    // The standing office of the province reads it; another province's office does not.
    expect(await harness.as({ role: "standing_office", agencyCode: "police" }).sessions.count()).toBeGreaterThan(0);
    expect(await harness.as({ role: "standing_office", provinceCode: "quang_tri" }).sessions.count()).toBe(0);
  });

  it("refuses a stale update instead of overwriting", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "education" });
    const created = await officer.sessions.create(sample);
    await officer.sessions.update({ id: created.id, expectedVersion: 1, values: sample });
    await expect(officer.sessions.update({ id: created.id, expectedVersion: 1, values: sample })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
  });

  it("refuses other agencies, other provinces and oversight roles as writers", async () => {
    const created = await harness.as({ role: "agency_officer", agencyCode: "education" }).sessions.create(sample);
    const otherAgency = harness.as({ role: "agency_officer", agencyCode: "police" });
    await expect(otherAgency.sessions.create(sample)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(otherAgency.sessions.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const otherProvince = harness.as({ role: "agency_officer", agencyCode: "education", provinceCode: "quang_tri" });
    await expect(otherProvince.sessions.remove({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(harness.as({ role: "steering_committee" }).sessions.create(sample)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(harness.anonymous().sessions.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // Nothing changed: the row is still there, unchanged.
    const rows = await harness.as({ role: "agency_officer", agencyCode: "education" }).sessions.list();
    expect(rows.find((row) => row.id === created.id)).toMatchObject({ version: 1 });
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

  it("records every write in the audit log", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "education" });
    const created = await officer.sessions.create(sample);
    await officer.sessions.remove({ id: created.id });
    const entries = await harness.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", created.id)
      .orderBy("id")
      .execute();
    expect(entries.map((e) => e.action)).toEqual([
      "education_awareness_sessions.create",
      "education_awareness_sessions.remove",
    ]);
  });
});
