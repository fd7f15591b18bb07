import { createHash } from "node:crypto";
import type { Actor } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths, format } from "date-fns";
import { type ApiTestHarness, createApiTestHarness, testActors } from "../testing/apiTestHarness";
import { reportSchedule, tasksForReport } from "./reportSchedule";

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

  it("schedules monthly reports due before the 17th for a Quảng Trị agency (29/KH-BCĐ), only inside the plan's year", async () => {
    const schedule = await reportSchedule(api.db, "health", "quang_tri", "2023-01-01", "2027-12-31");
    const monthly = schedule.filter((s) => /^\d{4}-\d{2}$/.test(s.period));
    // The plan of 5/2/2024 governs 2024: February to December (January's report was due before it was issued).
    expect(monthly.map((m) => m.period)).toEqual([
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
    ]);
    for (const entry of monthly) expect(entry.dueDate).toBe(`${entry.period}-16`);
    // Nothing after the plan's year, whatever today is.
    expect(schedule.every((s) => s.dueDate <= "2024-12-31")).toBe(true);
    expect((await api.as(health).reports.mySchedule()).every((s) => s.period <= "2024-12-31")).toBe(true);
  });

  it("refuses to open a report for a period that has not begun", async () => {
    const next = format(addMonths(new Date(), 2), "yyyy-MM");
    await expect(api.as(testActors.healthOfficer).reports.open({ period: next })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("chưa bắt đầu"),
    });
    await expect(api.as(testActors.healthOfficer).reports.open({ period: "2099" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("chưa bắt đầu"),
    });
    expect(await api.db.selectFrom("reports").select("id").where("period", "in", [next, "2099"]).execute()).toEqual([]);
  });

  it("leaves a one-off task out of the monthly reports after its deadline, and keeps it in those before", async () => {
    // §II.2.a (police) is due by the end of June 2024.
    const june = await tasksForReport(
      api.db,
      "police",
      { period: "2024-06", dueDate: "2024-06-16", documentSlugs: ["kh-29-bcd-quang-tri-2024"] },
      "quang_tri",
    );
    const july = await tasksForReport(
      api.db,
      "police",
      { period: "2024-07", dueDate: "2024-07-16", documentSlugs: ["kh-29-bcd-quang-tri-2024"] },
      "quang_tri",
    );
    expect(june).toContain("kh-29-bcd-quang-tri-2024#§II.2.a");
    expect(july).not.toContain("kh-29-bcd-quang-tri-2024#§II.2.a");
    // Continuous and recurring tasks stay.
    expect(july).toContain("kh-29-bcd-quang-tri-2024#§III.1");
  });

  it("runs the whole loop: draft, submit, return with a reason, correct, resubmit, accept", async () => {
    const officer = api.as(health);
    const opened = await officer.reports.open({ period: "2024-05" });
    expect(opened).toMatchObject({
      state: "draft",
      dueDate: "2024-05-16",
      version: 1,
      timeliness: "not_submitted",
      overdue: true,
      label: expect.stringMatching(/^Chưa gửi \(quá hạn \d+ ngày\)$/),
    });
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
    await expect(
      officer.reports.saveDraft({ reportId: opened.id, expectedVersion: 3, summary: "x", items: [] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.as(committee).reports.review({ reportId: opened.id, decision: "accept" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(api.as(police).reports.get({ reportId: opened.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    await expect(
      api.as(office).reports.review({ reportId: opened.id, decision: "return", reason: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Nêu lý do trả lại (ít nhất 5 ký tự)" });
    const returned = await api
      .as(office)
      .reports.review({ reportId: opened.id, decision: "return", reason: "Bổ sung số liệu trạm y tế xã" });
    // Returned is not "on time": it waits to be sent again, its first submission (late) kept.
    expect(returned).toMatchObject({
      state: "returned",
      returnReason: "Bổ sung số liệu trạm y tế xã",
      awaitingResubmission: true,
      timeliness: "late",
    });
    expect(returned.label).toMatch(/^Trả lại — chờ gửi lại \(lần đầu: muộn \d+ ngày\)$/);

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
    // Reopening an accepted report asks for the reason of reopening, not of a return.
    await expect(
      api.as(office).reports.review({ reportId: opened.id, decision: "return", reason: "  " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Nêu lý do mở lại (ít nhất 5 ký tự)" });

    const versions = await api.as(office).reports.versions({ reportId: opened.id });
    expect(versions.map((v) => (v.snapshot as { summary: string }).summary)).toEqual([
      "Tháng 5/2024: triển khai kế hoạch",
      "Đã bổ sung",
    ]);
    const history = await api.as(office).reports.history({ reportId: opened.id });
    expect(history.map((h) => h.action)).toEqual([
      "report.create",
      "report.save",
      "report.submit",
      "report.return",
      "report.save",
      "report.submit",
      "report.accept",
    ]);
    // Each step carries what a sentence needs: submissions numbered, the reason, what a save changed.
    expect(history.flatMap((h) => (h.action === "report.submit" ? [h.submission] : []))).toEqual([1, 2]);
    expect(history.find((h) => h.action === "report.return")).toMatchObject({ reason: expect.stringMatching(/\S/) });
    expect(history.find((h) => h.action === "report.save")).toMatchObject({ summaryChanged: true });

    // The document shows where the task stands for the agency, with the report that carries it — to whom may read it.
    const progress = await api.as(office).catalog.taskProgress({ slug: item.documentSlug });
    expect(progress.find((p) => p.taskId === item.taskId && p.agencyCode === "health")).toMatchObject({
      period: "2024-05",
      reportId: opened.id,
      reportState: "accepted",
    });
    expect(
      (await api.as(police).catalog.taskProgress({ slug: item.documentSlug })).every((p) => p.agencyCode === "police"),
    ).toBe(true);
    expect(await api.as(testActors.committee).catalog.taskProgress({ slug: item.documentSlug })).toEqual([]);
    // The agency's page: the same task's state across documents, for the province's office and the agency itself.
    expect(
      (await api.as(office).catalog.agencyProgress({ code: "health" })).find((p) => p.taskId === item.taskId),
    ).toMatchObject({ reportId: opened.id });
    expect((await officer.catalog.agencyProgress({ code: "health" })).some((p) => p.taskId === item.taskId)).toBe(true);
    expect(await api.as(police).catalog.agencyProgress({ code: "health" })).toEqual([]);
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
    // Each item says whether the agency leads or coordinates the task, and carries the task's deadline rule.
    expect(report.items.length).toBeGreaterThan(0);
    expect(report.items.every((i) => i.role === "lead" || i.role === "coordinating")).toBe(true);
    expect(report.items.some((i) => i.role === "lead")).toBe(true);
    const pdf = Buffer.from("%PDF-1.4 biên bản kiểm tra");
    const attach = (fileName: string, bytes: Buffer, actor = health, taskId?: string) =>
      api.upload(actor, "evidence", { reportId: report.id, ...(taskId ? { taskId } : {}) }, { name: fileName, bytes });
    const attached = await attach("bien-ban.pdf", pdf, health, report.items[0]!.taskId);
    expect(attached.evidence).toEqual([
      expect.objectContaining({
        fileName: "bien-ban.pdf",
        mimeType: "application/pdf",
        sizeBytes: pdf.length,
        sha256: createHash("sha256").update(pdf).digest("hex"),
      }),
    ]);
    await expect(attach("virus.exe", Buffer.from("MZ"))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(".exe"),
    });
    await expect(attach("lon.pdf", Buffer.alloc(10 * 1024 * 1024 + 1))).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: "Tệp vượt quá 10 MB.",
    });
    await expect(attach("rong.pdf", Buffer.alloc(0))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Tệp rỗng.",
    });
    await expect(attach("x.pdf", pdf, police)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(attach("x.pdf", pdf, testActors.committee)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Tài khoản của bạn không được gửi loại tệp này.",
    });
    await expect(attach("x.pdf", pdf, health, "khong-co-nhiem-vu")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Nhiệm vụ không thuộc báo cáo này.",
    });
    await expect(
      api.upload(health, "evidence", { reportId: "khong-phai-ma" }, { name: "x.pdf", bytes: pdf }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // An HTML page renamed .pdf, or a PNG named .docx, is refused by its content.
    const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    await expect(attach("bien-ban.pdf", html)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("không phải tệp .pdf"),
    });
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    await expect(attach("bao-cao.docx", png)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("là tệp .png"),
    });
    expect((await officer.reports.get({ reportId: report.id })).evidence).toHaveLength(1);
  });

  it("lists the agency's work in the documents in force, with next due dates, statuses and the reports due or late", async () => {
    // Thái Nguyên's police: the 2021–2025 programme has ended; the resolution of 29/12/2025 governs.
    const work = await api.as(testActors.policeOfficer).reports.myWork();
    expect(work.tasks.length).toBeGreaterThan(2);
    expect(new Set(work.tasks.map((t) => t.documentSlug))).toEqual(new Set(["nq-tu-thai-nguyen-tinh-khong-ma-tuy"]));
    expect(
      work.tasks.every(
        (t) =>
          t.lead.includes("police") ||
          t.coordinating.includes("police") ||
          t.lead.includes("all_departments") ||
          t.coordinating.includes("all_departments"),
      ),
    ).toBe(true);
    expect(work.tasks.find((t) => t.ref === "§IV.5")?.role).toBe("lead");
    expect(work.upcomingReports.every((r) => r.timeliness === "not_due")).toBe(true);
    expect(work.overdueReports.every((r) => r.overdue || r.awaitingResubmission)).toBe(true);
  });

  it("lists on the work page every report still owed — returned or unsent however long ago — as the reports page does", async () => {
    // Quảng Trị's 2024 plan has ended; its reports of 2024 are still owed, the work page says so.
    const officer = api.as(health);
    const december = await officer.reports.open({ period: "2024-12" });
    await officer.reports.submit({ reportId: december.id, expectedVersion: december.version });
    await api
      .as(office)
      .reports.review({ reportId: december.id, decision: "return", reason: "Bổ sung số liệu tháng 12/2024" });

    const work = await officer.reports.myWork();
    const owed = new Map(work.overdueReports.map((r) => [r.period, r]));
    expect(owed.get("2024-12")).toMatchObject({ reportId: december.id, state: "returned", awaitingResubmission: true });
    expect(owed.get("2024-03")).toMatchObject({ reportId: null, overdue: true, timeliness: "not_submitted" });
    expect(owed.get("2024-03")!.daysLate).toBeGreaterThan(400);
    // The same list as the officer's reports page: one schedule for both.
    const schedule = await officer.reports.mySchedule();
    expect([...owed.keys()].sort()).toEqual(
      schedule
        .filter((s) => s.overdue || s.state === "returned")
        .map((s) => s.period)
        .sort(),
    );
  });

  it("refuses a period that is not in the agency's schedule and an unknown task", async () => {
    await expect(api.as(health).reports.open({ period: "2024-H1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const june = await api.as(health).reports.open({ period: "2024-06" });
    await expect(
      api.as(health).reports.saveDraft({
        reportId: june.id,
        expectedVersion: 1,
        summary: "",
        items: [{ taskId: "khong-co#§1", status: "done", narrative: "" }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await api.as(health).reports.get({ reportId: june.id })).version).toBe(1);
  });
});
