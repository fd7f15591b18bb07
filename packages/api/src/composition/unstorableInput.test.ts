import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, createApiTestHarness, testActors } from "../testing/apiTestHarness";

/** Input only the database would refuse answers 400 with a clear message, and changes nothing. */
describe.each(testEngines)("unstorable input on %s", (engine) => {
  let api: ApiTestHarness;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
  });
  afterAll(() => api.close());

  it("refuses a NUL character in any string with 400, before anything runs", async () => {
    const officer = api.as(testActors.healthOfficer);
    const report = await officer.reports.open({ period: "2024" });
    await expect(
      officer.reports.saveDraft({
        reportId: report.id,
        expectedVersion: report.version,
        summary: "tóm\u0000tắt",
        items: [],
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Dữ liệu chứa ký tự không hợp lệ (ký tự NUL).",
    });
    expect((await officer.reports.get({ reportId: report.id })).version).toBe(report.version);
    await expect(api.as(testActors.admin).catalog.searchTasks({ text: "ma\u0000túy" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(api.anonymous().auth.signIn({ username: "a\u0000b", password: "x" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("refuses a day far outside the product's years on the console with 400", async () => {
    await expect(api.as(testActors.committee).console.overview({ until: "9999-12-31" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(api.as(testActors.committee).console.timelinessMatrix({ until: "9999-12-31" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
