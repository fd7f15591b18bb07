import { createHash } from "node:crypto";
import type { Actor } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, createApiTestHarness } from "../testing/apiTestHarness";

const quangTri = (role: Actor["role"], agencyCode: Actor["agencyCode"], username: string): Actor => ({
  userId: crypto.randomUUID(),
  username,
  displayName: username,
  role,
  agencyCode,
  provinceCode: "quang_tri",
});
const health = quangTri("agency_officer", "health", "yte.qt");
const police = quangTri("agency_officer", "police", "congan.qt");
const office = quangTri("standing_office", "police", "thuongtruc.qt");
const committee = quangTri("steering_committee", null, "bcd.qt");

describe.each(testEngines)("periodic reports on %s", (engine) => {
  let api: ApiTestHarness;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
  });
  afterAll(() => api.close());

  it("schedules monthly reports due before the 17th for a Quảng Trị agency (29/KH-BCĐ)", async () => {
    const schedule = await api.as(health).reports.mySchedule();
    const monthly = schedule.filter((s) => /^\d{4}-\d{2}$/.test(s.period));
    expect(monthly.length).toBeGreaterThan(12);
    for (const entry of monthly) expect(entry.dueDate).toBe(`${entry.period}-16`);
  });

  it("runs the whole loop: draft, submit, return with a reason, correct, resubmit, accept", async () => {
    const officer = api.as(health);
    const opened = await officer.reports.open({ period: "2024-05" });
    expect(opened).toMatchObject({ state: "draft", dueDate: "2024-05-16", version: 1, timeliness: "not_submitted", overdue: true });
    expect(opened.items.length).toBeGreaterThan(0);
    // Opening again gives the same report.
    expect((await officer.reports.open({ period: "2024-05" })).id).toBe(opened.id);

    const item = opened.items[0]!;
    const saved = await officer.reports.saveDraft({
      reportId: opened.id,
      expectedVersion: 1,
      summary: "Tháng 5/2024: triển khai kế hoạch",
      items: [{ taskId: item.taskId, status: "in_progress", narrative: "Đã tập huấn 12 trạm y tế xã" }],
    });
    expect(saved.version).toBe(2);

    // A second person with the old version is refused, and nothing they sent is stored.
    await expect(
      officer.reports.saveDraft({ reportId: opened.id, expectedVersion: 1, summary: "ghi đè", items: [] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await officer.reports.get({ reportId: opened.id })).summary).toBe("Tháng 5/2024: triển khai kế hoạch");

    const submitted = await officer.reports.submit({ reportId: opened.id, expectedVersion: 2 });
    expect(submitted).toMatchObject({ state: "submitted", timeliness: "late" });
    expect(submitted.versions).toHaveLength(1);

    // Submitted is read-only to the agency; another agency and the committee cannot review.
    await expect(officer.reports.saveDraft({ reportId: opened.id, expectedVersion: 3, summary: "x", items: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.as(committee).reports.review({ reportId: opened.id, decision: "accept" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.as(police).reports.get({ reportId: opened.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    await expect(api.as(office).reports.review({ reportId: opened.id, decision: "return", reason: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const returned = await api.as(office).reports.review({ reportId: opened.id, decision: "return", reason: "Bổ sung số liệu trạm y tế xã" });
    expect(returned).toMatchObject({ state: "returned", returnReason: "Bổ sung số liệu trạm y tế xã" });

    const corrected = await officer.reports.saveDraft({
      reportId: opened.id,
      expectedVersion: returned.version,
      summary: "Đã bổ sung",
      items: [{ taskId: item.taskId, status: "done", narrative: "Đã tập huấn 12/12 trạm y tế xã" }],
    });
    const resubmitted = await officer.reports.submit({ reportId: opened.id, expectedVersion: corrected.version });
    expect(resubmitted.versions).toHaveLength(2);
    const accepted = await api.as(office).reports.review({ reportId: opened.id, decision: "accept" });
    expect(accepted.state).toBe("accepted");

    const versions = await api.as(office).reports.versions({ reportId: opened.id });
    expect(versions.map((v) => (v.snapshot as { summary: string }).summary)).toEqual(["Tháng 5/2024: triển khai kế hoạch", "Đã bổ sung"]);
    const history = await api.as(office).reports.history({ reportId: opened.id });
    expect(history.map((h) => h.action)).toEqual(["report.create", "report.save", "report.submit", "report.return", "report.save", "report.submit", "report.accept"]);
  });

  it("shows the standing office every agency of the province with state and timeliness", async () => {
    const { rows: desk } = await api.as(office).reports.desk({ period: "2024-05" });
    const healthRow = desk.find((r) => r.agencyCode === "health");
    expect(healthRow).toMatchObject({ state: "accepted", timeliness: "late" });
    const missing = desk.filter((r) => r.timeliness === "not_submitted");
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((r) => r.daysLate > 0)).toBe(true);
  });

  it("keeps evidence files with their checksum, within the size limit and the type allow-list", async () => {
    const officer = api.as(health);
    const report = await officer.reports.open({ period: "2024-07" });
    const pdf = Buffer.from("%PDF-1.4 biên bản kiểm tra");
    const attached = await officer.reports.attachEvidence({ reportId: report.id, taskId: report.items[0]!.taskId, fileName: "bien-ban.pdf", contentBase64: pdf.toString("base64") });
    expect(attached.evidence).toEqual([
      expect.objectContaining({ fileName: "bien-ban.pdf", mimeType: "application/pdf", sizeBytes: pdf.length, sha256: createHash("sha256").update(pdf).digest("hex") }),
    ]);
    await expect(officer.reports.attachEvidence({ reportId: report.id, taskId: null, fileName: "virus.exe", contentBase64: "TVo=" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(".exe"),
    });
    const tooBig = Buffer.alloc(10 * 1024 * 1024 + 1).toString("base64");
    await expect(officer.reports.attachEvidence({ reportId: report.id, taskId: null, fileName: "lon.pdf", contentBase64: tooBig })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.as(police).reports.attachEvidence({ reportId: report.id, taskId: null, fileName: "x.pdf", contentBase64: "JVBERg==" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await officer.reports.get({ reportId: report.id })).evidence).toHaveLength(1);
  });

  it("lists the agency's work with next due dates, statuses and the reports due or late", async () => {
    const work = await api.as(health).reports.myWork();
    expect(work.tasks.length).toBeGreaterThan(3);
    expect(work.tasks.every((t) => t.lead.includes("health") || t.coordinating.includes("health") || t.lead.includes("all_departments") || t.coordinating.includes("all_departments"))).toBe(true);
    // §II.4.b of 29/KH-BCĐ is due by the end of 2024 and was reported done in May 2024 (the loop above).
    const reported = work.tasks.find((t) => t.status === "done");
    expect(reported?.reportedIn).toBe("2024-05");
    // Nothing in 2024 is still open except what was reported: unfinished 2024 deadlines are overdue now.
    expect(work.tasks.filter((t) => t.lastDeadline && t.lastDeadline < "2025-01-01" && t.status !== "done").every((t) => t.status === "overdue")).toBe(true);
    expect(work.overdueReports.length).toBeGreaterThan(0);
    expect(work.upcomingReports.every((r) => r.timeliness === "not_submitted")).toBe(true);
  });

  it("refuses a period that is not in the agency's schedule and an unknown task", async () => {
    await expect(api.as(health).reports.open({ period: "2024-H1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const june = await api.as(health).reports.open({ period: "2024-06" });
    await expect(
      api.as(health).reports.saveDraft({ reportId: june.id, expectedVersion: 1, summary: "", items: [{ taskId: "khong-co#§1", status: "done", narrative: "" }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await api.as(health).reports.get({ reportId: june.id })).version).toBe(1);
  });
});
