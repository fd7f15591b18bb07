import { readFileSync } from "node:fs";
import { testEngines } from "@pcmt/testing";
import { Document, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../catalog/loadCatalog";
import { installedPlugins } from "../composition/installedPlugins";
import { reportSchedules } from "../reports/reportSchedule";
import { type ApiTestHarness, createApiTestHarness, testActors } from "../testing/apiTestHarness";

const plan = readFileSync(new URL("./fixtures/ke-hoach-2026.txt", import.meta.url), "utf8");
const office = testActors.standingOffice;
const otherOffice = {
  ...office,
  userId: "6f1f7c5e-0000-4000-8000-000000000001",
  username: "tt.qt",
  provinceCode: "quang_tri",
};

async function asDocx(text: string) {
  const paragraphs = text.split("\n").map((line) => new Paragraph({ text: line }));
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

describe.each(testEngines)("bringing a document in on %s", (engine) => {
  let api: ApiTestHarness;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
    await api.registerUsers(office, otherOffice, testActors.healthOfficer, testActors.admin);
  });
  afterAll(() => api.close());

  /** The reviewer's pass: each ratio target measured by two new elements, a lead for every task, every point settled. */
  async function review(id: string) {
    const draft = await api.as(office).documentIntake.draft({ id });
    const document = structuredClone(draft.document);
    for (const indicator of document.indicators) {
      if (indicator.aggregation !== "ratio" || (indicator.numerator && indicator.denominator)) continue;
      const numerator = `${indicator.code}_dat`;
      const denominator = `${indicator.code}_tong`;
      indicator.numerator = numerator;
      indicator.denominator = denominator;
      indicator.agency ??= "health";
      for (const code of [numerator, denominator])
        if (!document.dataElements.some((d) => d.code === code))
          document.dataElements.push({
            code,
            name: `${indicator.name} (${code.endsWith("_dat") ? "đạt" : "tổng"})`,
            text: indicator.text,
            agency: indicator.agency,
            unit: "person",
            aggregation: "sum",
          });
    }
    // The Methadone task also involves the police (a reviewer's correction a new version must keep).
    const methadone = document.tasks.find((t) => t.ref === "§II.2-1");
    if (methadone && !methadone.coordinating.includes("police")) methadone.coordinating.push("police");
    const saved = await api.as(office).documentIntake.save({
      id,
      version: draft.version,
      document,
      evidence: draft.evidence,
      resolutions: draft.points.map((p) => ({ id: p.id, resolved: true, note: "Đã kiểm tra" })),
    });
    return saved.version;
  }

  let slug = "";

  it("reads an uploaded .docx into a draft that enters nothing into the catalog until it is published", async () => {
    const created = await api.upload(office, "document-source", {}, { name: "KH-05.docx", bytes: await asDocx(plan) });
    const draft = await api.as(office).documentIntake.draft({ id: created.id });
    slug = draft.document.slug;
    expect(draft.sourceVia).toBe("docx");
    expect(draft.document.number).toBe("05/KH-UBND");
    expect(draft.document.tasks.map((t) => [t.ref, t.lead])).toContainEqual(["§II.2-1", ["health"]]);
    // Every item's evidence is the source's own words at its offsets.
    for (const e of draft.evidence) expect(draft.sourceText.slice(e.source.start, e.source.end)).toBe(e.source.quote);
    expect(draft.problems.length).toBeGreaterThan(0);
    const inCatalog = await api.db.selectFrom("catalog_documents").select("slug").where("slug", "=", slug).execute();
    expect(inCatalog).toEqual([]);
    await expect(api.as(office).documentIntake.publish({ id: created.id, version: draft.version })).rejects.toThrow(
      /Chưa đăng được văn bản/,
    );
    expect(await api.db.selectFrom("catalog_publications").selectAll().execute()).toEqual([]);
    await api.as(office).documentIntake.discard({ id: created.id, version: draft.version });
  });

  it("refuses to publish a text with nothing to track, whatever the points say", async () => {
    const created = await api.as(office).documentIntake.createFromText({
      text: "Một đoạn văn bản không phải kế hoạch, không có mục nào, không giao việc cho ai cả, chỉ để thử.",
    });
    const draft = await api.as(office).documentIntake.draft({ id: created.id });
    const { version } = await api.as(office).documentIntake.save({
      id: created.id,
      version: draft.version,
      document: draft.document,
      evidence: draft.evidence,
      resolutions: draft.points.map((p) => ({ id: p.id, resolved: true, note: "" })),
    });
    const settled = await api.as(office).documentIntake.draft({ id: created.id });
    expect(settled.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/chưa có nhiệm vụ hay chỉ tiêu nào/),
    );
    await expect(api.as(office).documentIntake.publish({ id: created.id, version })).rejects.toThrow(/Chưa đăng được/);
    await api.as(office).documentIntake.discard({ id: created.id, version });
  });

  it("refuses a draft to another province, a stale save and an edit that is not the source's words", async () => {
    const created = await api.as(office).documentIntake.createFromText({ text: plan, fileName: "ke-hoach" });
    await expect(api.as(otherOffice).documentIntake.draft({ id: created.id })).rejects.toThrow(/tỉnh khác/);
    await expect(api.as(office).documentIntake.createFromText({ text: plan, province: "quang_tri" })).rejects.toThrow(
      /tỉnh mình/,
    );
    const draft = await api.as(office).documentIntake.draft({ id: created.id });
    const evidence = draft.evidence.map((e, i) => (i === 0 ? { ...e, source: { ...e.source, quote: "chữ khác" } } : e));
    await expect(
      api.as(office).documentIntake.save({
        id: created.id,
        version: draft.version,
        document: draft.document,
        evidence,
        resolutions: [],
      }),
    ).rejects.toThrow(/không khớp văn bản gốc/);
    const edited = structuredClone(draft.document);
    edited.tasks[0]!.text = "Một nhiệm vụ không có trong văn bản.";
    const { version } = await api.as(office).documentIntake.save({
      id: created.id,
      version: draft.version,
      document: edited,
      evidence: draft.evidence,
      resolutions: draft.points.map((p) => ({ id: p.id, resolved: true, note: "" })),
    });
    await expect(
      api.as(office).documentIntake.save({
        id: created.id,
        version: draft.version,
        document: edited,
        evidence: draft.evidence,
        resolutions: [],
      }),
    ).rejects.toThrow(/người khác sửa/);
    const again = await api.as(office).documentIntake.draft({ id: created.id });
    expect(again.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/không khớp nguyên văn/));
    await expect(api.as(office).documentIntake.publish({ id: created.id, version })).rejects.toThrow(/nguyên văn/);
    await api.as(office).documentIntake.discard({ id: created.id, version });
  });

  it("publishes: the tasks reach the agencies' reports, the targets the console, with who published it and when", async () => {
    const created = await api.as(office).documentIntake.createFromText({ text: plan, fileName: "KH-05-UBND" });
    const version = await review(created.id);
    // The office says since when the platform tracks its reports: periods due before were reported outside it.
    const published = await api
      .as(office)
      .documentIntake.publish({ id: created.id, version, reportsFrom: "2026-05-01" });
    expect(published).toMatchObject({ slug, version: 1, reportsFrom: "2026-05-01" });
    const owed = (await reportSchedules(api.db, ["health"], "thai_nguyen", "2026-01-01", "2026-12-31"))
      .get("health")!
      .filter((s) => s.documentSlugs.includes(slug))
      .map((s) => s.dueDate)
      .sort();
    expect(owed.length).toBeGreaterThan(0);
    expect(owed[0]! >= "2026-05-01" && owed[0]! < "2026-06-01").toBe(true);
    const row = await api.db
      .selectFrom("catalog_publications")
      .select(["published_by", "published_at", "source_text", "province_code"])
      .where("slug", "=", slug)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ published_by: office.userId, source_text: plan.trim(), province_code: "thai_nguyen" });
    const tasks = await api.db
      .selectFrom("catalog_tasks")
      .select(["id", "owner_plugin"])
      .where("document_slug", "=", slug)
      .where("is_general", "=", false)
      .execute();
    expect(tasks).toContainEqual({ id: `${slug}#§II.2-1`, owner_plugin: "health" });
    // The health department's next report carries the new document's tasks.
    const report = await api.as(testActors.healthOfficer).reports.open({ period: "2026-11" });
    const full = await api.as(testActors.healthOfficer).reports.get({ reportId: report.id });
    expect(full.items.map((i) => i.taskId)).toEqual(expect.arrayContaining([`${slug}#§II.2-1`, `${slug}#§II.2-2`]));
    // The console reads its targets.
    const overview = await api.as(office).console.overview({});
    expect(overview.indicators.map((i) => i.id)).toContain(`${slug}#§II.3-1`);
    const audit = await api.db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id"])
      .where("entity_id", "=", slug)
      .execute();
    expect(audit).toContainEqual({ action: "document.publish", actor_user_id: office.userId });
    // A restart loads the repository and the published document alike.
    await loadCatalog(api.db, installedPlugins);
    const reloaded = await api.db
      .selectFrom("catalog_documents")
      .select(["slug", "version"])
      .where("slug", "=", slug)
      .execute();
    expect(reloaded).toEqual([{ slug, version: 1 }]);
  });

  it("a new version shows what changed and keeps the reports of unchanged tasks", async () => {
    const before = await api.db
      .selectFrom("report_items")
      .select(["report_id", "task_id"])
      .where("task_id", "=", `${slug}#§II.2-1`)
      .execute();
    expect(before).toHaveLength(1);
    const amended = plan
      .replace("trong quý IV năm 2026", "trong năm 2026")
      .replace(/\n- Tăng cường kiểm tra hoạt động kinh doanh[^\n]*\n/, "\n");
    const created = await api.as(office).documentIntake.createFromText({ text: amended, baseSlug: slug });
    const draft = await api.as(office).documentIntake.draft({ id: created.id });
    expect(draft.document.slug).toBe(slug);
    // The unchanged task keeps the reviewer's correction of the version in use, and its points are not asked again.
    expect(draft.document.tasks.find((t) => t.ref === "§II.2-1")?.coordinating).toContain("police");
    expect(draft.points.filter((p) => p.ref === "§II.2-1")).toEqual([]);
    const change = (ref: string) => draft.comparison?.items.find((i) => i.ref === ref && i.kind !== "section");
    expect(change("§II.2-1")).toMatchObject({ change: "unchanged", reports: 1 });
    expect(change("§II.2-2")).toMatchObject({ change: "changed", reports: 1 });
    expect(change("§II.2-2")?.fields).toEqual(expect.arrayContaining(["text", "deadline"]));
    expect(change("§II.4-1")).toMatchObject({ change: "removed" });
    const version = await review(created.id);
    // A new version keeps the day its document entered the platform.
    expect(await api.as(office).documentIntake.publish({ id: created.id, version })).toMatchObject({
      version: 2,
      reportsFrom: "2026-05-01",
    });
    const after = await api.db
      .selectFrom("report_items")
      .innerJoin("catalog_tasks", "catalog_tasks.id", "report_items.task_id")
      .select(["report_items.report_id", "report_items.task_id", "catalog_tasks.deadline_text"])
      .where("report_items.task_id", "in", [`${slug}#§II.2-1`, `${slug}#§II.2-2`])
      .orderBy("report_items.task_id")
      .execute();
    expect(after.map((r) => [r.report_id, r.task_id])).toEqual([
      [before[0]!.report_id, `${slug}#§II.2-1`],
      [before[0]!.report_id, `${slug}#§II.2-2`],
    ]);
    expect(after[1]!.deadline_text).toBe("trong năm 2026");
    const documents = await api.as(office).documentIntake.documents();
    expect(documents.find((d) => d.slug === slug)?.versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it("marks a document replaced: its lifetime ends the day before the replacement begins; others are refused", async () => {
    const older = (
      await api.db
        .selectFrom("catalog_documents")
        .select(["slug", "covers_until"])
        .where("province_code", "=", "thai_nguyen")
        .where("slug", "!=", slug)
        .where("replaced_by", "is", null)
        .where((eb) => eb.or([eb("covers_until", "is", null), eb("covers_until", ">=", "2026-01-01")]))
        .orderBy("position")
        .execute()
    )[0]!;
    await expect(
      api.as(otherOffice).documentIntake.markReplaced({ slug: older.slug, replacedBy: slug }),
    ).rejects.toThrow(/tỉnh khác/);
    await expect(api.as(office).documentIntake.markReplaced({ slug, replacedBy: slug })).rejects.toThrow(/chính nó/);
    const marked = await api.as(office).documentIntake.markReplaced({ slug: older.slug, replacedBy: slug });
    expect(marked.replacedBy).toBe(slug);
    expect(String(marked.coversUntil).slice(0, 10)).toBe("2025-12-31");
    await expect(api.as(office).documentIntake.markReplaced({ slug, replacedBy: older.slug })).rejects.toThrow(
      /vòng tròn/,
    );
    // Kept through a restart, and audited.
    await loadCatalog(api.db, installedPlugins);
    const row = await api.db
      .selectFrom("catalog_documents")
      .select(["replaced_by"])
      .where("slug", "=", older.slug)
      .executeTakeFirstOrThrow();
    expect(row.replaced_by).toBe(slug);
    const audit = await api.db.selectFrom("audit_log").select("action").where("entity_id", "=", older.slug).execute();
    expect(audit.map((a) => a.action)).toContain("document.replace");
    await api.as(office).documentIntake.markReplaced({ slug: older.slug, replacedBy: null });
    const lifted = await api.db
      .selectFrom("catalog_documents")
      .select(["replaced_by", "covers_until"])
      .where("slug", "=", older.slug)
      .executeTakeFirstOrThrow();
    expect(lifted.replaced_by).toBeNull();
    expect(lifted.covers_until).toEqual(older.covers_until);
  });
});
