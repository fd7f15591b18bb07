import { agencyName } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type ApiTestHarness, createApiTestHarness, testActors } from "../testing/apiTestHarness";
import { buildConsolidatedReport } from "./consolidatedReport";
import { renderConsolidatedDocx, renderConsolidatedXlsx } from "./renderConsolidatedReport";
import { drillDownIndicator } from "./indicatorDrillDown";
import { nationalOverview } from "./nationalOverview";
import { provinceOverview } from "./provinceOverview";

const qt = "kh-29-bcd-quang-tri-2024";
const tn = "kh-ctpcmt-2021-2025-thai-nguyen";
const qtDistricts = [
  "dong_ha",
  "quang_tri",
  "vinh_linh",
  "gio_linh",
  "cam_lo",
  "trieu_phong",
  "hai_lang",
  "huong_hoa",
  "dakrong",
  "con_co",
].map((d) => `quang_tri.${d}`);

type Row = { element: string; place: string; period: string; value: number; agency: string };
async function insertValues(db: Kysely<CoreDatabase>, provinceCode: string, rows: Row[]) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto("data_values")
      .values(
        rows.slice(i, i + 500).map((r) => ({
          data_element_id: r.element,
          org_unit_code: r.place,
          period: r.period,
          value: r.value,
          agency_code: r.agency,
          province_code: provinceCode,
        })),
      )
      .execute();
  }
}
const docxText = async (base64: string | Buffer) => {
  const zip = await JSZip.loadAsync(typeof base64 === "string" ? Buffer.from(base64, "base64") : base64);
  return (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
};

/**
 * The cases of a console that looked official and was not: a figure made of 3 of 10 districts shown as "100% Đạt",
 * ratios over 100% with their terms from two agencies, a growth target judged on the wrong year.
 */
describe.each(testEngines)("figures a committee can sign on %s", (engine) => {
  let api: ApiTestHarness;
  let communes: string[];
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
    // Quảng Trị, commune health stations able to determine addiction: every district in 11/2024 (60%), three in 12/2024 (100%).
    await insertValues(api.db, "quang_tri", [
      ...qtDistricts.flatMap((place) => [
        { element: `${qt}#commune_health_facilities`, place, period: "2024-11", value: 10, agency: "health" },
        { element: `${qt}#commune_health_facilities_qualified`, place, period: "2024-11", value: 6, agency: "health" },
      ]),
      ...qtDistricts.slice(0, 3).flatMap((place) => [
        { element: `${qt}#commune_health_facilities`, place, period: "2024-12", value: 5, agency: "health" },
        { element: `${qt}#commune_health_facilities_qualified`, place, period: "2024-12", value: 5, agency: "health" },
      ]),
      // Drug crimes detected: 100 in 2023 (the baseline), 12 a month per district... 120 in 2024.
      ...qtDistricts.map((place) => ({
        element: `${qt}#drug_crime_cases_detected`,
        place,
        period: "2023",
        value: 10,
        agency: "police",
      })),
      ...qtDistricts.flatMap((place) =>
        Array.from({ length: 12 }, (_, m) => ({
          element: `${qt}#drug_crime_cases_detected`,
          place,
          period: `2024-${String(m + 1).padStart(2, "0")}`,
          value: 1,
          agency: "police",
        })),
      ),
      // A value left from later years must not move a 2024 target.
      {
        element: `${qt}#commune_health_facilities`,
        place: "quang_tri.khe_sanh",
        period: "2026-11",
        value: 1,
        agency: "health",
      },
      {
        element: `${qt}#commune_health_facilities_qualified`,
        place: "quang_tri.khe_sanh",
        period: "2026-11",
        value: 1,
        agency: "health",
      },
    ]);
    // Thái Nguyên, 6 tháng cuối năm 2025 (today's communes): people with a record (police) and those reached by services
    // (labour) — two communes report more people reached than registered; cases tried above all cases everywhere.
    communes = (
      await api.db
        .selectFrom("org_units")
        .select("code")
        .where("province_code", "=", "thai_nguyen")
        .where("level", "=", "commune")
        .where("valid_to", "is", null)
        .orderBy("code")
        .execute()
    ).map((u) => u.code);
    await insertValues(api.db, "thai_nguyen", [
      ...communes.flatMap((place, i) => [
        { element: `${tn}#managed_users_with_records`, place, period: "2025-H2", value: 10, agency: "police" },
        {
          element: `${tn}#managed_users_reached_services`,
          place,
          period: "2025-H2",
          value: i < 2 ? 15 : 8,
          agency: "labour",
        },
        { element: `${tn}#drug_cases_total`, place, period: "2025-H2", value: 2, agency: "court" },
        { element: `${tn}#drug_cases_tried`, place, period: "2025-H2", value: 3, agency: "court" },
        { element: `${tn}#schools_total`, place, period: "2025-H2", value: 10, agency: "education" },
        { element: `${tn}#schools_reached_by_propaganda`, place, period: "2025-H2", value: 5, agency: "education" },
      ]),
    ]);
  });
  afterAll(() => api.close());

  it("does not judge a figure made of 3 of 10 districts: chưa đủ số liệu, with the count, on the console", async () => {
    const december = await provinceOverview(api.db, "quang_tri", {
      periods: 6,
      until: "2025-01-20",
      today: "2025-01-20",
    });
    expect(december.reference).toMatchObject({ period: "2024-12", isDefault: true });
    const stations = december.indicators.find((i) => i.ref === "§II.4.b")!;
    expect(stations).toMatchObject({
      value: 100,
      period: "2024-12",
      completeness: { reported: 3, expected: 10 },
      state: "insufficient_data",
      final: true,
    });
    const november = await provinceOverview(api.db, "quang_tri", {
      periods: 6,
      until: "2025-01-20",
      today: "2025-01-20",
      period: "2024-11",
    });
    expect(november.indicators.find((i) => i.ref === "§II.4.b")).toMatchObject({
      value: 60,
      completeness: { reported: 10, expected: 10 },
      state: "at_risk",
      final: false,
    });
    // Read in 2026, the 2024 target is still judged on 2024: the value of 11/2026 does not count.
    const late = await provinceOverview(api.db, "quang_tri", { periods: 6, until: "2026-12-01", today: "2026-12-01" });
    expect(late.reference.period).toBe("2024-12");
    expect(late.indicators.find((i) => i.ref === "§II.4.b")).toMatchObject({
      period: "2024-12",
      state: "insufficient_data",
    });
  });

  it("counts the province as 'chưa đủ số liệu' on the national overview, never 'Đạt'", async () => {
    const national = await nationalOverview(api.db, "2025-01-20");
    const row = national.provinces.find((p) => p.code === "quang_tri")!;
    expect(row.indicators.insufficient_data).toBeGreaterThanOrEqual(1);
    expect(row.indicators.achieved).toBe(1); // the growth target below, not the stations
    expect(national.totals.indicators.insufficient_data).toBeGreaterThanOrEqual(1);
  });

  it("judges '+5% so với năm 2023' on the year 2024 against 2023", async () => {
    const overview = await provinceOverview(api.db, "quang_tri", {
      periods: 6,
      until: "2026-12-01",
      today: "2026-12-01",
    });
    const growth = overview.indicators.find((i) => i.ref === "§II.3.a")!;
    expect(growth).toMatchObject({
      value: 120,
      period: "2024",
      previous: { period: "2023", value: 100 },
      measured: 20,
      state: "achieved",
      final: true,
      completeness: { reported: 10, expected: 10 },
    });
    // Its drill-down lists the element's values per period with their places.
    const drill = await drillDownIndicator(api.db, "quang_tri", `${qt}#§II.3.a`, "2024-05");
    expect(drill).toMatchObject({
      measurable: true,
      kind: "count",
      period: "2024-05",
      placeLevel: "district",
      unattributed: null,
    });
    // Entered per district: shown per district of 2024, adding up to the province's figure.
    expect(drill.places.reduce((sum, p) => sum + (p.numerator ?? 0), 0)).toBe(10);
    expect(drill.periods.find((p) => p.period === "2023")).toMatchObject({
      value: 100,
      places: { numerator: 10 },
      expectedPlaces: 10,
    });
    expect(drill.periods).toHaveLength(13);
  });

  it("reads a yearly count to date while its year runs, comparing with the same months a year before", async () => {
    const june = await provinceOverview(api.db, "quang_tri", {
      periods: 6,
      until: "2024-07-20",
      today: "2024-07-20",
      period: "2024-06",
    });
    // Six months of 2024 (60 cases); 2023 was entered as one yearly figure, so January–June 2023 is unknown.
    expect(june.indicators.find((i) => i.ref === "§II.3.a")).toMatchObject({
      value: 60,
      period: "2024",
      through: "2024-06-30",
      previous: { period: "2023", through: "2023-06-30", value: null },
      state: "insufficient_data",
      final: false,
    });
  });

  it("makes the targets of an ended programme final at its last period, and not before the period is over", async () => {
    const ended = await provinceOverview(api.db, "thai_nguyen", {
      periods: 6,
      until: "2026-01-20",
      today: "2026-01-20",
      period: "2025-H2",
    });
    expect(ended.indicators.find((i) => i.ref === "§I.2-5.t2")).toMatchObject({
      value: 50,
      state: "not_achieved",
      final: true,
    });
    const running = await provinceOverview(api.db, "thai_nguyen", {
      periods: 6,
      until: "2025-12-20",
      today: "2025-12-20",
      period: "2025-H2",
    });
    expect(running.indicators.find((i) => i.ref === "§I.2-5.t2")).toMatchObject({
      value: 50,
      state: "at_risk",
      final: false,
    });
  });

  it("marks a part larger than its whole — across two agencies, or in the province's sums — 'số liệu chưa khớp', never Đạt, and points at the places and the agencies", async () => {
    const overview = await provinceOverview(api.db, "thai_nguyen", {
      periods: 6,
      until: "2026-01-20",
      today: "2026-01-20",
      period: "2025-H2",
    });
    const reached = overview.indicators.find((i) => i.ref === "§I.2-2")!;
    // The figure says who made it: labour entered the people reached, the police the people with a record.
    expect(reached.sources).toEqual([agencyName("labour"), "Công an tỉnh"]);
    expect(reached).toMatchObject({
      state: "inconsistent",
      placesPartExceedsWhole: 2,
      partExceedsWhole: false,
      completeness: { reported: communes.length, expected: communes.length },
    });
    expect(reached.value).toBeCloseTo((((communes.length - 2) * 8 + 30) / (communes.length * 10)) * 100, 6);
    const tried = overview.indicators.find((i) => i.ref === "§I.2-3.t2")!;
    expect(tried).toMatchObject({ value: 150, partExceedsWhole: true, state: "inconsistent" });

    const drill = await drillDownIndicator(api.db, "thai_nguyen", `${tn}#§I.2-2`, "2025-H2");
    expect(drill.places.filter((p) => p.partExceedsWhole).map((p) => p.code)).toEqual(
      expect.arrayContaining(communes.slice(0, 2)),
    );
    expect(drill.places.filter((p) => p.partExceedsWhole)).toHaveLength(2);
    expect(drill.termAgencies).toEqual({
      numerator: [{ code: "labour", name: expect.any(String) }],
      denominator: [{ code: "police", name: "Công an tỉnh" }],
    });

    // The same rule on the national overview (Thái Nguyên's latest period due in January 2026 is the year 2025).
    const national = await nationalOverview(api.db, "2026-01-20");
    const row = national.provinces.find((p) => p.code === "thai_nguyen")!;
    expect(row.reporting.period).toBe("2025");
    expect(row.indicators.inconsistent).toBeGreaterThanOrEqual(2);
  });

  it("prints completeness and 'chưa đủ số liệu' in the Word and Excel report for a period with partial data, numbers as numbers", async () => {
    const report = await buildConsolidatedReport(api.db, "quang_tri", "2024-12", "2025-01-20");
    const text = await docxText(await renderConsolidatedDocx(report));
    expect(text).toContain("Chưa đủ số liệu (3/10 huyện báo cáo, cần ≥ 90%)");
    expect(text).toContain("3/10 huyện");
    expect(text).not.toMatch(/100%\s*\(tháng 12\/2024\)\s*3\/10 huyện\s*Đạt/);
    expect(text).toContain("Tình hình gửi báo cáo tính đến ngày lập báo cáo 20/01/2025.");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderConsolidatedXlsx(report)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Chỉ tiêu")!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    let row: ExcelJS.Row | undefined;
    sheet.eachRow((r) => {
      if (String(r.getCell(1).value).startsWith("Tỷ lệ cơ sở y tế")) row = r;
    });
    expect(row!.getCell(col("Tỷ lệ")).value).toBe(1);
    expect(row!.getCell(col("Tỷ lệ")).numFmt).toBe("0.0%");
    expect(row!.getCell(col("Địa bàn đã báo cáo")).value).toBe(3);
    expect(row!.getCell(col("Địa bàn phải báo cáo")).value).toBe(10);
    expect(String(row!.getCell(col("Đánh giá")).value)).toContain("Chưa đủ số liệu");
    // A ratio has its result in its unit and the two sums it is made of — the figures the Word report prints.
    const ratio = report.indicators.find((i) => i.name.startsWith("Tỷ lệ cơ sở y tế"))!;
    expect(ratio.termTotals).not.toBeNull();
    expect([
      row!.getCell(col("Kết quả")).value,
      row!.getCell(col("Tử số")).value,
      row!.getCell(col("Mẫu số")).value,
      row!.getCell(col("Đơn vị")).value,
    ]).toEqual([100, ratio.termTotals!.numerator, ratio.termTotals!.denominator, "%"]);
    expect(ratio.termTotals!.numerator).toBeGreaterThan(0);
    expect(ratio.termTotals!.numerator).toBe(ratio.termTotals!.denominator);
    // Every figure says the day its values run to: the end of its period.
    expect(row!.getCell(col("Kỳ số liệu")).value).toBe("Tháng 12/2024");
    expect(row!.getCell(col("Số liệu đến ngày")).value).toEqual(new Date("2024-12-31T00:00:00Z"));
    expect(row!.getCell(col("Số liệu đến ngày")).numFmt).toBe("dd/mm/yyyy");
    // A count is a count, not a percentage: its growth has a column of its own.
    let crimes: ExcelJS.Row | undefined;
    sheet.eachRow((r) => {
      if (String(r.getCell(1).value).startsWith("Tăng số vụ phạm tội")) crimes = r;
    });
    expect([
      crimes!.getCell(col("Kết quả")).value,
      crimes!.getCell(col("Tỷ lệ")).value,
      crimes!.getCell(col("Đơn vị")).value,
    ]).toEqual([120, null, "vụ"]);
    expect([crimes!.getCell(col("Tử số")).value, crimes!.getCell(col("Mẫu số")).value]).toEqual([null, null]);
    expect(crimes!.getCell(col("Số liệu đến ngày")).value).toEqual(new Date("2024-12-31T00:00:00Z"));
    // No row is left without the day its figure runs to, when it has a figure.
    sheet.eachRow((r, n) => {
      if (n > 2 && r.getCell(col("Kỳ số liệu")).value !== null)
        expect(r.getCell(col("Số liệu đến ngày")).value).toBeInstanceOf(Date);
    });
    expect(crimes!.getCell(col("Cơ quan nhập số liệu")).value).toBe("Công an tỉnh");
    expect(crimes!.getCell(col("Tăng, giảm so với kỳ so sánh")).value).toBeCloseTo(0.2, 9);
    expect(text).toContain("120 vụ (năm 2024; so với năm 2023: 100 vụ, +20%)");

    const sent = workbook.getWorksheet("Gửi báo cáo")!;
    const due = sent.getRow(3).getCell(2);
    expect(due.value).toBeInstanceOf(Date);
    expect(due.numFmt).toBe("dd/mm/yyyy");
    const names = [] as string[];
    sent.eachRow((r, n) => n > 2 && names.push(String(r.getCell(1).value)));
    expect(names).toContain("Sở Y tế");
    expect(names).not.toContain("health");
    expect(sent.getColumn(5).hidden).toBe(true);

    const overdue = workbook.getWorksheet("Nhiệm vụ quá hạn")!;
    const refs = [] as string[];
    overdue.eachRow((r, n) => n > 2 && refs.push(String(r.getCell(2).value)));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => r.startsWith("mục "))).toBe(true);
    await expect(
      api
        .as(testActors.admin)
        .console.consolidatedReport({ provinceCode: "quang_tri", period: "2024-12", format: "xlsx" }),
    ).resolves.toMatchObject({ period: "2024-12" });
  });
});
