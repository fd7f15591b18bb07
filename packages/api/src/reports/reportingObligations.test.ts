import type { Actor } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import { format } from "date-fns";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConsolidatedReport } from "../console/consolidatedReport";
import { nationalOverview } from "../console/nationalOverview";
import { provinceOverview } from "../console/provinceOverview";
import { renderConsolidatedDocx } from "../console/renderConsolidatedReport";
import { type ApiTestHarness, createApiTestHarness } from "../testing/apiTestHarness";
import { latestClosedPeriod, provinceObligations } from "./reportSchedule";

const actor = (role: Actor["role"], agencyCode: Actor["agencyCode"], provinceCode: string): Actor => ({
  userId: crypto.randomUUID(),
  username: `${role}.${agencyCode}.${provinceCode}`,
  displayName: "x",
  role,
  agencyCode,
  provinceCode,
});
const provinces = ["thai_nguyen", "ha_tinh", "quang_tri"];
const docxText = async (buffer: Buffer) =>
  (await (await JSZip.loadAsync(buffer)).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");

describe.each(testEngines)("who must report, and where each report stands, on %s", (engine) => {
  let api: ApiTestHarness;
  const today = format(new Date(), "yyyy-MM-dd");
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
    // Quảng Trị's health department sends its October 2024 report; the standing office returns it.
    const health = actor("agency_officer", "health", "quang_tri");
    const report = await api.as(health).reports.open({ period: "2024-10" });
    await api.as(health).reports.submit({ reportId: report.id, expectedVersion: report.version });
    await api
      .as(actor("standing_office", "police", "quang_tri"))
      .reports.review({ reportId: report.id, decision: "return", reason: "Bổ sung số liệu theo từng huyện" });
  });
  afterAll(() => api.close());

  it("lists the same agencies on the desk, in the matrix and in the report, for every province and period", async () => {
    for (const province of provinces) {
      const office = actor("standing_office", "police", province);
      const overview = await provinceOverview(api.db, province, { periods: 6, until: today, today });
      expect(overview.timeliness.periods.length).toBeGreaterThan(0);
      for (const period of overview.timeliness.periods) {
        const matrix = overview.timeliness.cells
          .filter((c) => c.period === period)
          .map((c) => c.agency)
          .sort();
        const desk = (await api.as(office).reports.desk({ period })).rows.map((r) => r.agencyCode).sort();
        const report = (await buildConsolidatedReport(api.db, province, period, today)).timeliness
          .map((t) => t.agency)
          .sort();
        expect(matrix.length).toBeGreaterThan(0);
        expect({ province, period, agencies: desk }).toEqual({ province, period, agencies: matrix });
        expect({ province, period, agencies: report }).toEqual({ province, period, agencies: matrix });
      }
      // The national overview counts the same agencies for the province's latest period due.
      const national = (await nationalOverview(api.db, today)).provinces.find((p) => p.code === province)!;
      const counted =
        national.reporting.on_time +
        national.reporting.late +
        national.reporting.returned +
        national.reporting.not_submitted;
      const due = latestClosedPeriod(await provinceObligations(api.db, province, "2000-01-01", "2100-12-31"), today)!;
      expect(national.reporting.period).toBe(due.period);
      expect(counted).toBe((await buildConsolidatedReport(api.db, province, due.period, today)).timeliness.length);
    }
  });

  it("includes the agencies that must report but lead no task (coordinators), as the desk does", async () => {
    const qt = (await buildConsolidatedReport(api.db, "quang_tri", "2024-11", today)).timeliness.map((t) => t.agency);
    for (const coordinator of ["industry", "education", "youth_union"]) expect(qt).toContain(coordinator);
  });

  it("never calls an agency late that still has time, and shows a returned report as waiting to be sent again", async () => {
    // Made on 1/12/2024 for 12/2024, due the 16th: nobody is late yet.
    const early = await buildConsolidatedReport(api.db, "quang_tri", "2024-12", "2024-12-01");
    expect(early.timeliness.length).toBeGreaterThan(8);
    expect(early.timeliness.every((t) => t.timeliness === "not_due" && t.label === "Chưa đến hạn")).toBe(true);
    const text = await docxText(await renderConsolidatedDocx(early));
    expect(text).not.toContain("muộn, chưa gửi");
    expect(text).toContain(
      `Chưa đến hạn gửi báo cáo tháng 12/2024 (hạn 16/12/2024): ${early.timeliness.length} cơ quan phải gửi, chưa cơ quan nào gửi.`,
    );

    const october = await buildConsolidatedReport(api.db, "quang_tri", "2024-10", today);
    expect(october.timeliness.find((t) => t.agency === "health")).toMatchObject({
      awaitingResubmission: true,
      label: expect.stringMatching(/^Trả lại — chờ gửi lại \(lần đầu: /),
    });
    const matrix = await provinceOverview(api.db, "quang_tri", { periods: 6, until: "2024-12-31", today });
    expect(matrix.timeliness.cells.find((c) => c.agency === "health" && c.period === "2024-10")).toMatchObject({
      awaitingResubmission: true,
      timeliness: expect.not.stringMatching(/^not_due$/),
    });
    const desk = await api.as(actor("standing_office", "police", "quang_tri")).reports.desk({ period: "2024-10" });
    expect(desk.rows.find((r) => r.agencyCode === "health")).toMatchObject({
      state: "returned",
      awaitingResubmission: true,
    });
  });

  it("keeps each plan's reports inside its lifetime: none for Quảng Trị after 2024, none for the 2021–2025 programme after 2025", async () => {
    const qtLater = await provinceObligations(api.db, "quang_tri", "2025-01-01", "2027-12-31");
    expect([...qtLater.values()].flat()).toEqual([]);
    const tn = await provinceObligations(api.db, "thai_nguyen", "2026-01-01", "2027-12-31");
    const periods = new Set([...tn.values()].flat().map((s) => s.period));
    // Only the resolution's yearly report (it sets no reporting clause) remains.
    expect([...periods].sort()).toEqual(["2026", "2027"]);
    // Quảng Trị's console on 1/12/2026 reads its last period due, 12/2024, and its report for 11/2026 says no document governs it.
    const console2026 = await provinceOverview(api.db, "quang_tri", {
      periods: 6,
      until: "2026-12-01",
      today: "2026-12-01",
    });
    expect(console2026.reference).toMatchObject({ period: "2024-12", isDefault: true });
    const report2026 = await buildConsolidatedReport(api.db, "quang_tri", "2026-11", "2026-12-01");
    expect(report2026).toMatchObject({ documents: [], timeliness: [], indicators: [] });
    expect(await docxText(await renderConsolidatedDocx(report2026))).toContain(
      "Không có văn bản chỉ đạo nào của tỉnh còn hiệu lực trong kỳ tháng 11/2026",
    );
  });

  it("counts a report's tasks as of its period, and the console and the report default to the same period", async () => {
    const h2 = await buildConsolidatedReport(api.db, "thai_nguyen", "2025-H2", "2026-12-01");
    const y2026 = await buildConsolidatedReport(api.db, "thai_nguyen", "2026", "2026-12-01");
    expect(h2.documents.map((d) => d.number ?? d.title)).not.toEqual(y2026.documents.map((d) => d.number ?? d.title));
    expect(h2.tasksCountedOn).toBe("2026-01-01");
    expect(y2026.tasksCountedOn).toBe("2026-12-01");
    expect(y2026.basis[0]).toContain("Kỳ báo cáo chưa kết thúc");
    for (const province of provinces) {
      const overview = await provinceOverview(api.db, province, { periods: 6, until: today, today });
      expect((await buildConsolidatedReport(api.db, province, undefined, today)).period).toBe(
        overview.reference.period,
      );
    }
  });
});
