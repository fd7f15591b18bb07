import type { Actor } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import { format } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, createApiTestHarness, testActors } from "../testing/apiTestHarness";
import { buildConsolidatedReport } from "./consolidatedReport";
import { indicatorReadings } from "./indicatorReadings";
import { nationalOverview } from "./nationalOverview";
import { provinceOverview } from "./provinceOverview";
import { keptTotals } from "./valueSums";
import { sql } from "@pcmt/db";

const qt = (role: Actor["role"], agencyCode: Actor["agencyCode"]): Actor => ({
  userId: crypto.randomUUID(),
  username: `${role}.${agencyCode}`,
  displayName: "x",
  role,
  agencyCode,
  provinceCode: "quang_tri",
});
const health = qt("agency_officer", "health");
const office = qt("standing_office", "police");
const committee = qt("steering_committee", null);
const qualified = "kh-29-bcd-quang-tri-2024#commune_health_facilities_qualified";
const total = "kh-29-bcd-quang-tri-2024#commune_health_facilities";
const stations = "kh-29-bcd-quang-tri-2024#§II.4.b";

describe.each(testEngines)("committee console on %s", (engine) => {
  let api: ApiTestHarness;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
    const report = await api.as(health).reports.open({ period: "2024-05" });
    const item = report.items.find((i) => i.ref === "§II.4.b")!;
    await api.as(health).reports.saveDraft({
      reportId: report.id,
      expectedVersion: 1,
      summary: "",
      items: [{ taskId: item.taskId, status: "done", narrative: "Xong" }],
    });
    await api.as(health).dataEntry.save({
      reportId: report.id,
      cells: [
        { elementId: total, orgUnit: "quang_tri.huong_hoa", value: 22 },
        { elementId: qualified, orgUnit: "quang_tri.huong_hoa", value: 20 },
        { elementId: total, orgUnit: "quang_tri.dakrong", value: 14 },
        { elementId: qualified, orgUnit: "quang_tri.dakrong", value: 9 },
      ],
    });
    await api.as(health).reports.submit({ reportId: report.id, expectedVersion: 2 });
    await api.as(office).reports.review({ reportId: report.id, decision: "accept" });
  });
  afterAll(() => api.close());

  it("counts each document's tasks by status as of the reference period, and says when the plan ended", async () => {
    const overview = await api.as(committee).console.overview({});
    // Quảng Trị's only plan governs 2024: the console reads its last period due, 12/2024, whatever today is.
    expect(overview.reference).toMatchObject({ period: "2024-12", isDefault: true });
    const plan = overview.documents.find((d) => d.number === "29/KH-BCĐ")!;
    expect(plan.total).toBe(25);
    expect(plan.done + plan.in_progress + plan.not_started + plan.overdue).toBe(25);
    expect(plan.lifetime).toMatchObject({ from: "2024-01-01", until: "2024-12-31", status: "ended" });
    // §II.4.b is led by health alone and was reported done.
    expect(plan.done).toBeGreaterThanOrEqual(1);
    // Tasks of 2024 nobody reported done are overdue at the plan's end.
    expect(plan.overdue).toBeGreaterThan(0);
  });

  it("counts the consolidated report's tasks as they stood at the end of its period", async () => {
    const april = await buildConsolidatedReport(api.db, "quang_tri", "2024-04", "2024-06-10");
    const may = await buildConsolidatedReport(api.db, "quang_tri", "2024-05", "2024-06-10");
    // §II.4.b was reported done in the May report: not yet at the end of April.
    expect(may.documents[0]!.done).toBe(april.documents[0]!.done + 1);
    expect([april.tasksCountedOn, may.tasksCountedOn]).toEqual(["2024-05-01", "2024-06-01"]);
  });

  it("reads a ratio on the province's sums and says how many places it is made of: 29 of 36 stations in 2 of 10 districts is not enough to judge", async () => {
    const readings = await indicatorReadings(
      api.db,
      "quang_tri",
      { period: "2024-05", start: "2024-05-01", end: "2024-05-31" },
      "2024-06-10",
    );
    const reading = readings.find((i) => i.id === stations)!;
    expect(reading.value).toBeCloseTo((29 / 36) * 100, 6);
    expect(reading).toMatchObject({
      period: "2024-05",
      completeness: { reported: 2, expected: 10 },
      placeWord: "huyện",
      state: "insufficient_data",
      final: false,
      minCompleteness: 90,
    });
    expect(readings.find((i) => i.ref === "§II.3.g.t1")).toMatchObject({ state: "no_data", measurable: false });
  });

  it("shows the timeliness matrix of the agencies the plan obliges × periods", async () => {
    const overview = await api.as(committee).console.overview({ until: "2024-06-30", periods: 3 });
    expect(overview.timeliness.periods).toEqual(["2024-04", "2024-05", "2024-06"]);
    const cell = overview.timeliness.cells.find((c) => c.agency === "health" && c.period === "2024-05");
    expect(cell).toMatchObject({
      state: "accepted",
      timeliness: "late",
      label: expect.stringMatching(/^Muộn \d+ ngày$/),
    });
    expect(overview.timeliness.cells.find((c) => c.agency === "police" && c.period === "2024-05")).toMatchObject({
      timeliness: "not_submitted",
      overdue: true,
    });
    // Coordinators owe reports too: the industry department leads no task of 29/KH-BCĐ.
    expect(overview.timeliness.agencies).toContain("industry");
    await expect(api.as(health).console.overview({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("puts every province in one table with the figures of its own console, and the totals kept on write are the raw values' sums", async () => {
    const today = "2024-06-10";
    const national = await nationalOverview(api.db, today);
    expect(national.provinces.map((p) => p.code)).toEqual(
      expect.arrayContaining(["thai_nguyen", "ha_tinh", "quang_tri"]),
    );
    const row = national.provinces.find((p) => p.code === "quang_tri")!;
    const own = await provinceOverview(api.db, "quang_tri", { periods: 3, until: today, today });
    const counted = { achieved: 0, at_risk: 0, not_achieved: 0, no_data: 0, insufficient_data: 0, inconsistent: 0 };
    for (const reading of own.indicators) counted[reading.state]++;
    expect(row.indicators).toEqual(counted);
    // The latest period due by 10 June is May (due the 16th of May): health sent it late, nobody else sent theirs.
    expect(own.reference.period).toBe("2024-05");
    expect(row.reporting).toMatchObject({ period: "2024-05", dueDate: "2024-05-16", on_time: 0, late: 1, returned: 0 });
    const may = own.timeliness.cells.filter((c) => c.period === "2024-05");
    expect(row.reporting.not_submitted).toBe(may.length - 1);

    // What the console reads (kept by triggers on every write) is what adding up the raw values gives.
    const raw = await sql<{ provinceCode: string; elementId: string; period: string; total: string; places: string }>`
      select province_code as "provinceCode", data_element_id as "elementId", period, sum(value) as total, count(*) as places
      from data_values group by 1, 2, 3 order by 1, 2, 3`.execute(api.db);
    expect(raw.rows.length).toBeGreaterThan(0);
    const kept = await keptTotals(api.db, {
      provinceCodes: null,
      elementIds: [...new Set(raw.rows.map((r) => r.elementId))],
    });
    const key = (r: { provinceCode: string; elementId: string; period: string }) =>
      `${r.provinceCode}|${r.elementId}|${r.period}`;
    expect(kept.map((k) => [key(k), Number(k.total), k.places]).sort()).toEqual(
      raw.rows.map((r) => [key(r), Number(r.total), Number(r.places)]).sort(),
    );

    await expect(api.as(committee).console.nationalOverview()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await api.as(testActors.admin).console.nationalOverview()).provinces.length).toBeGreaterThanOrEqual(3);
  });

  it("shows a roadmap where a document sets phased targets for the same ratio (drug-free communes: 25% by 2026, 100% by 2030, then held)", async () => {
    const overview = await api.as(testActors.admin).console.overview({ provinceCode: "thai_nguyen" });
    const roadmap = overview.roadmaps.find((r) => r.name === "Tỷ lệ xã, phường không ma túy");
    expect(roadmap?.phases.map((p) => [p.target, p.due])).toEqual([
      [25, "2026"],
      [100, "2030"],
      [100, null],
    ]);
    // Quảng Trị's plan sets no phases.
    expect((await api.as(committee).console.overview({})).roadmaps).toEqual([]);
  });

  it("refuses a console period that has not begun, with a clear message", async () => {
    const next = format(new Date(new Date().getFullYear() + 1, 0, 1), "yyyy");
    await expect(api.as(committee).console.overview({ period: next })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("chưa bắt đầu"),
    });
  });

  it("drills an indicator down to today's communes: merged communes' values add up where they are held now", async () => {
    // September 2025 is after the reform: values per commune, two of them entered for old communes now merged into Khe Sanh.
    await api.db
      .insertInto("data_values")
      .values([
        {
          data_element_id: total,
          org_unit_code: "quang_tri.huong_hoa.khe_sanh",
          period: "2025-09",
          value: 4,
          agency_code: "health",
          province_code: "quang_tri",
        },
        {
          data_element_id: qualified,
          org_unit_code: "quang_tri.huong_hoa.khe_sanh",
          period: "2025-09",
          value: 3,
          agency_code: "health",
          province_code: "quang_tri",
        },
        {
          data_element_id: total,
          org_unit_code: "quang_tri.huong_hoa.tan_hop",
          period: "2025-09",
          value: 2,
          agency_code: "health",
          province_code: "quang_tri",
        },
        {
          data_element_id: qualified,
          org_unit_code: "quang_tri.huong_hoa.tan_hop",
          period: "2025-09",
          value: 2,
          agency_code: "health",
          province_code: "quang_tri",
        },
        {
          data_element_id: total,
          org_unit_code: "quang_tri.lao_bao",
          period: "2025-09",
          value: 5,
          agency_code: "health",
          province_code: "quang_tri",
        },
        {
          data_element_id: qualified,
          org_unit_code: "quang_tri.lao_bao",
          period: "2025-09",
          value: 1,
          agency_code: "health",
          province_code: "quang_tri",
        },
      ])
      .execute();
    const drill = await api.as(committee).console.indicatorDrillDown({ indicatorId: stations, period: "2025-09" });
    expect(drill.periods.map((p) => [p.period, p.numerator, p.denominator])).toEqual([
      ["2024-05", 29, 36],
      ["2025-09", 6, 11],
    ]);
    expect(drill.periods.map((p) => p.expectedPlaces)).toEqual([10, 78]);
    expect(drill.places.find((p) => p.code === "quang_tri.khe_sanh")).toMatchObject({
      numerator: 5,
      denominator: 6,
      partExceedsWhole: false,
    });
    expect(drill.places.find((p) => p.code === "quang_tri.lao_bao")).toMatchObject({ numerator: 1, denominator: 5 });
    expect(drill.termAgencies).toEqual({
      numerator: [{ code: "health", name: "Sở Y tế" }],
      denominator: [{ code: "health", name: "Sở Y tế" }],
    });
    // Lao Bảo reported; 77 of today's 78 communes did not (the old communes' values count for Khe Sanh, not as its report).
    expect(drill.missingPlaces).toHaveLength(77);
    expect(drill).toMatchObject({ placeLevel: "commune", placeWord: "xã", unattributed: null });
  });

  it("drills a period before 1/7/2025 down to the districts of that period, with the values they entered", async () => {
    // May 2024 was entered per district (Hướng Hóa 20/22, Đakrông 9/14): shown per district, not rolled up.
    const may = await api.as(committee).console.indicatorDrillDown({ indicatorId: stations, period: "2024-05" });
    expect(may).toMatchObject({ placeLevel: "district", placeWord: "huyện", unattributed: null, minCompleteness: 90 });
    expect(may.places.map((p) => [p.code, p.numerator, p.denominator])).toEqual([
      ["quang_tri.dakrong", 9, 14],
      ["quang_tri.huong_hoa", 20, 22],
    ]);
    expect(may.missingPlaces).toHaveLength(8);

    // June 2024 through the grid: Cam Lộ 11/12, Gio Linh 7/7; Hải Lăng's older import has a part larger than its whole.
    const report = await api.as(health).reports.open({ period: "2024-06" });
    await api.as(health).dataEntry.save({
      reportId: report.id,
      cells: [
        { elementId: total, orgUnit: "quang_tri.cam_lo", value: 12 },
        { elementId: qualified, orgUnit: "quang_tri.cam_lo", value: 11 },
        { elementId: total, orgUnit: "quang_tri.gio_linh", value: 7 },
        { elementId: qualified, orgUnit: "quang_tri.gio_linh", value: 7 },
        { elementId: total, orgUnit: "quang_tri.con_co", value: 1 },
      ],
    });
    await api.db
      .insertInto("data_values")
      .values(
        [
          [total, 5],
          [qualified, 6],
        ].map(([element, value]) => ({
          data_element_id: element as string,
          org_unit_code: "quang_tri.hai_lang",
          period: "2024-06",
          value: value as number,
          agency_code: "health",
          province_code: "quang_tri",
        })),
      )
      .execute();
    const june = await api.as(committee).console.indicatorDrillDown({ indicatorId: stations, period: "2024-06" });
    expect(june.periods.find((p) => p.period === "2024-06")).toMatchObject({
      numerator: 24,
      denominator: 25,
      expectedPlaces: 10,
    });
    expect(june).toMatchObject({ period: "2024-06", placeLevel: "district", placeWord: "huyện", unattributed: null });
    // The part larger than its whole first, then by name.
    expect(june.places).toEqual([
      {
        code: "quang_tri.hai_lang",
        name: "Hải Lăng",
        numerator: 6,
        denominator: 5,
        value: 120,
        partExceedsWhole: true,
      },
      {
        code: "quang_tri.cam_lo",
        name: "Cam Lộ",
        numerator: 11,
        denominator: 12,
        value: (11 / 12) * 100,
        partExceedsWhole: false,
      },
      {
        code: "quang_tri.con_co",
        name: "Cồn Cỏ",
        numerator: null,
        denominator: 1,
        value: null,
        partExceedsWhole: false,
      },
      {
        code: "quang_tri.gio_linh",
        name: "Gio Linh",
        numerator: 7,
        denominator: 7,
        value: 100,
        partExceedsWhole: false,
      },
    ]);
    // The districts of 2024 that sent nothing (Cồn Cỏ sent only the whole); Quảng Bình's districts were not Quảng Trị's then.
    expect(june.missingPlaces.map((p) => [p.name, p.missing])).toEqual([
      ["Cồn Cỏ", ["numerator"]],
      ["Đakrông", ["numerator", "denominator"]],
      ["Đông Hà", ["numerator", "denominator"]],
      ["Hướng Hóa", ["numerator", "denominator"]],
      ["Quảng Trị", ["numerator", "denominator"]],
      ["Triệu Phong", ["numerator", "denominator"]],
      ["Vĩnh Linh", ["numerator", "denominator"]],
    ]);
  });
});
