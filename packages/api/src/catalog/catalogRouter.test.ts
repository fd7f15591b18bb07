import { catalogDocuments } from "@pcmt/catalog";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, createApiTestHarness, testActors } from "../testing/apiTestHarness";

describe.each(testEngines)("catalog API on %s", (engine) => {
  let api: ApiTestHarness;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
  });
  afterAll(() => api.close());

  it("lists the five documents with their counts", async () => {
    const documents = await api.as(testActors.healthOfficer).catalog.documents();
    expect(documents.map((d) => d.number)).toEqual(["45/TB-UBND", null, null, null, "29/KH-BCĐ"]);
    for (const [i, doc] of catalogDocuments.entries()) {
      expect(documents[i]).toMatchObject({
        slug: doc.slug,
        tasks: doc.tasks.length,
        generalTasks: doc.generalTasks.length,
        indicators: doc.indicators.length,
      });
    }
  });

  it("shows a document with its structure, tasks, deadlines and source text", async () => {
    const doc = await api.as(testActors.committee).catalog.document({ slug: "tb-45-ubnd-thai-nguyen-2024" });
    expect(doc.sourceText).toContain("Kết luận của đồng chí Đặng Xuân Trường");
    const methadone = doc.tasks.find((t) => t.ref === "§3-p2");
    expect(methadone).toMatchObject({
      lead: ["health"],
      coordinating: ["police"],
      ownerPlugin: "health",
      deadlineLabel: "Trước ngày 20/05/2024",
    });
    expect(doc.sourceText).toContain(methadone!.text);
    await expect(api.as(testActors.committee).catalog.document({ slug: "khong-co" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("gives the core's generic catalog the tasks of agencies without a plugin", async () => {
    const doc = await api.as(testActors.committee).catalog.document({ slug: "tb-45-ubnd-thai-nguyen-2024" });
    expect(doc.tasks.find((t) => t.ref === "§6")).toMatchObject({ lead: ["finance"], ownerPlugin: null });
    expect(doc.tasks.find((t) => t.ref === "§5-p1")).toMatchObject({ ownerPlugin: "education" });
  });

  it("collects what an agency leads and coordinates across documents", async () => {
    const health = await api.as(testActors.healthOfficer).catalog.agency({ code: "health" });
    const documentsLed = new Set(health.leads.map((t) => t.documentSlug));
    expect(documentsLed.size).toBeGreaterThanOrEqual(3);
    expect(health.leads.every((t) => t.lead.includes("health"))).toBe(true);
    expect(health.coordinates.every((t) => t.coordinating.includes("health"))).toBe(true);
    const labour = await api.as(testActors.committee).catalog.agency({ code: "labour" });
    expect(labour.successions).toEqual(
      expect.arrayContaining([expect.objectContaining({ to: "police", effectiveOn: "2025-03-01" })]),
    );
  });

  it("searches tasks by text without accents and filters by agency, role, document and deadline", async () => {
    const caller = api.as(testActors.committee);
    const methadone = await caller.catalog.searchTasks({ text: "methadone" });
    expect(methadone.length).toBeGreaterThan(0);
    expect(methadone.every((t) => t.text.toLowerCase().includes("methadone"))).toBe(true);
    const rehab = await caller.catalog.searchTasks({ text: "cai nghien" });
    expect(rehab.some((t) => t.text.includes("cai nghiện"))).toBe(true);
    const monthly = await caller.catalog.searchTasks({
      deadlineKind: "recurring",
      documentSlug: "kh-29-bcd-quang-tri-2024",
    });
    expect(monthly.map((t) => t.ref)).toContain("§III.1");
    const coordinating = await caller.catalog.searchTasks({ agency: "health", role: "coordinating" });
    expect(coordinating.every((t) => t.coordinating.includes("health") && !t.lead.includes("health"))).toBe(true);
    await expect(caller.catalog.searchTasks({ agency: "ministry_of_magic" as never })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("shows an indicator with its accountable tasks", async () => {
    const indicator = await api
      .as(testActors.committee)
      .catalog.indicator({ id: "nq-tu-thai-nguyen-tinh-khong-ma-tuy#§II.2.2-1.t1" });
    expect(indicator).toMatchObject({ comparator: ">=", target: 25, due: "2026", aggregation: "ratio" });
    expect(indicator.dataElements.length).toBe(2);
  });

  it("exports the catalog in the documented shape", async () => {
    const exported = await api.as(testActors.committee).catalog.export({});
    expect(exported.documents).toHaveLength(5);
    for (const doc of exported.documents) {
      expect(Object.keys(doc)).toEqual(
        expect.arrayContaining([
          "number",
          "kind",
          "issuer",
          "province",
          "issuedOn",
          "title",
          "tasks",
          "generalTasks",
          "indicators",
          "facts",
        ]),
      );
      for (const task of doc.tasks)
        expect(Object.keys(task)).toEqual(expect.arrayContaining(["ref", "text", "lead", "coordinating", "deadline"]));
      for (const ind of doc.indicators) {
        expect(Object.keys(ind)).toEqual(
          expect.arrayContaining(["ref", "text", "agency", "unit", "comparator", "target", "baseline", "due"]),
        );
      }
    }
    const nq = exported.documents.find((d) => d.slug === "nq-tu-thai-nguyen-tinh-khong-ma-tuy")!;
    expect(nq.facts).toEqual(expect.arrayContaining([expect.objectContaining({ value: 5850, asOf: "2025-11-14" })]));
  });

  it("holds the places of the documents with their old → new links", async () => {
    const places = await api.as(testActors.committee).catalog.places({ province: "quang_tri" });
    const khe = places.find((p) => p.code === "quang_tri.huong_hoa.khe_sanh");
    expect(khe).toMatchObject({
      level: "commune",
      parent: "quang_tri.huong_hoa",
      validTo: "2025-06-30",
      successors: ["quang_tri.khe_sanh"],
    });
    expect(places.find((p) => p.code === "quang_tri.khe_sanh")).toMatchObject({
      parent: "quang_tri",
      validFrom: "2025-07-01",
    });
    expect(places.filter((p) => p.level === "district").length).toBeGreaterThanOrEqual(10);
  });
});
