import { type Actor, agencyLabel, CatalogDocument, type CatalogDocumentInput, periodBounds } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDocument } from "../catalog/loadCatalog";
import { installedPlugins } from "../composition/installedPlugins";
import { type ApiTestHarness, createApiTestHarness } from "../testing/apiTestHarness";
import { drillDownIndicator } from "./indicatorDrillDown";
import { indicatorReadings } from "./indicatorReadings";
import { provinceOverview } from "./provinceOverview";

// A plan measuring a share of communes, as the ingester drafts it: its denominator is the well-known
// `communes_total`, which the platform counts from the place hierarchy.
const slug = "nq-thu-nghiem-xa-khong-ma-tuy";
const target = "Tỷ lệ xã, phường đạt tiêu chí không ma túy trên 30%";
const reportingText = "Công an tỉnh báo cáo kết quả trước ngày 17 hằng tháng";
const sourceText = `${target}. ${reportingText}.`;
const document: CatalogDocumentInput = {
  slug,
  sourceFile: "thu-nghiem.txt",
  number: null,
  kind: "nghi_quyet",
  issuer: "Ban Chỉ đạo tỉnh Thái Nguyên",
  province: "Thái Nguyên",
  issuedOn: "2025-07-01",
  title: "Xây dựng xã, phường không ma túy",
  covers: { from: "2025-07-01", until: null },
  reporting: {
    text: reportingText,
    rule: {
      kind: "recurring",
      frequency: "monthly",
      dueDay: 17,
      before: true,
      dueOffsetMonths: 0,
      from: null,
      until: null,
    },
  },
  sections: [{ ref: "§1", title: "1. Mục tiêu", parent: null }],
  tasks: [
    {
      ref: "§1",
      section: null,
      text: target,
      lead: ["police"],
      coordinating: [],
      deadline: null,
      deadlineText: null,
      indicators: ["§1"],
    },
  ],
  generalTasks: [],
  indicators: [
    {
      ref: "§1",
      code: "drug_free_communes_share",
      name: "Tỷ lệ xã, phường đạt tiêu chí không ma túy",
      text: target,
      agency: "police",
      unit: "percent",
      comparator: ">",
      target: 30,
      baseline: null,
      due: null,
      aggregation: "ratio",
      numerator: "drug_free_communes",
      denominator: "communes_total",
    },
  ],
  dataElements: [
    {
      code: "drug_free_communes",
      name: "Số xã, phường đạt tiêu chí không ma túy",
      text: "xã, phường đạt tiêu chí không ma túy",
      agency: "police",
      unit: "commune",
      aggregation: "latest",
    },
    {
      // Given to the police, as a draft may: the police must still not type it.
      code: "communes_total",
      name: "Tổng số xã, phường, đặc khu",
      text: "xã, phường",
      agency: "police",
      unit: "commune",
      aggregation: "latest",
    },
  ],
  facts: [],
};
const indicatorId = `${slug}#§1`;
const numerator = `${slug}#drug_free_communes`;
const denominator = `${slug}#communes_total`;
const police: Actor = {
  userId: crypto.randomUUID(),
  username: "congan.tn",
  displayName: "Công an TN",
  role: "agency_officer",
  agencyCode: "police",
  provinceCode: "thai_nguyen",
};
const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(",")).join("\n"));
const source = "số xã, phường, đặc khu của tỉnh còn hiệu lực vào ngày cuối kỳ trong danh mục địa bàn";
const refusal = `“Tổng số xã, phường, đặc khu” do hệ thống tự tính (${source}), không nhập số liệu cho chỉ tiêu này`;

describe.each(testEngines)("a share of communes measured against the place hierarchy on %s", (engine) => {
  let api: ApiTestHarness;
  let communes: string[];
  let reportId: string;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
    await loadDocument(api.db, CatalogDocument.parse(document), 100, installedPlugins, sourceText);
    const { end } = periodBounds("2025-10");
    communes = (
      await api.db
        .selectFrom("org_units")
        .select("code")
        .where("province_code", "=", "thai_nguyen")
        .where("level", "=", "commune")
        .where((eb) => eb.or([eb("valid_from", "is", null), eb("valid_from", "<=", end)]))
        .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", end)]))
        .orderBy("code")
        .execute()
    ).map((u) => u.code);
    // October 2025: every commune reports, 40 of them drug-free, entered through the police's grid.
    reportId = (await api.as(police).reports.open({ period: "2025-10" })).id;
    const saved = await api.as(police).dataEntry.save({
      reportId,
      cells: communes.map((orgUnit, i) => ({ elementId: numerator, orgUnit, value: i < 40 ? 1 : 0 })),
    });
    expect(saved).toMatchObject({ stored: communes.length, problems: [] });
    // November: 50 communes report, 20 drug-free.
    await api.db
      .insertInto("data_values")
      .values(
        communes.slice(0, 50).map((orgUnit, i) => ({
          data_element_id: numerator,
          org_unit_code: orgUnit,
          period: "2025-11",
          value: i < 20 ? 1 : 0,
          agency_code: "police",
          province_code: "thai_nguyen",
        })),
      )
      .execute();
    // Whole numbers typed for the denominator behind the checks' back (an old import, a loaded dataset): 10
    // communes × 5. Read as values, they would make October 40/50 = 80% from 10 communes.
    await api.db
      .insertInto("data_values")
      .values(
        ["2025-10", "2025-11"].flatMap((period) =>
          communes.slice(0, 10).map((orgUnit) => ({
            data_element_id: denominator,
            org_unit_code: orgUnit,
            period,
            value: 5,
            agency_code: "police",
            province_code: "thai_nguyen",
          })),
        ),
      )
      .execute();
  });
  afterAll(() => api.close());

  it("divides the drug-free communes by the 92 communes Thái Nguyên has at the period's end, complete, whatever was typed for them", async () => {
    expect(communes).toHaveLength(92);
    const readings = await indicatorReadings(
      api.db,
      "thai_nguyen",
      { period: "2025-10", start: "2025-10-01", end: "2025-10-31" },
      "2025-11-20",
    );
    const share = readings.find((i) => i.id === indicatorId)!;
    expect(share.value).toBeCloseTo((40 / 92) * 100, 9);
    expect(share).toMatchObject({
      period: "2025-10",
      termTotals: { numerator: 40, denominator: 92 },
      completeness: { reported: 92, expected: 92 },
      placeWord: "xã",
      partExceedsWhole: false,
      placesPartExceedsWhole: 0,
      state: "achieved",
      measurable: true,
    });
    // What the figure is made of: the police's values over the place hierarchy's count, not the police's typing.
    expect(share.sources).toEqual(["Công an tỉnh", "Danh mục địa bàn"]);
    expect(share.trend.map((p) => [p.period, p.completeness])).toEqual([["2025-10", { reported: 92, expected: 92 }]]);

    // The console of November: the denominator is full, the numerator's 50 of 92 communes are not enough to judge.
    const november = await provinceOverview(api.db, "thai_nguyen", {
      periods: 3,
      until: "2025-12-20",
      today: "2025-12-20",
      period: "2025-11",
    });
    const latest = november.indicators.find((i) => i.id === indicatorId)!;
    expect(latest.value).toBeCloseTo((20 / 92) * 100, 9);
    expect(latest).toMatchObject({
      period: "2025-11",
      termTotals: { numerator: 20, denominator: 92 },
      completeness: { reported: 50, expected: 92 },
      state: "insufficient_data",
    });
    expect(latest.trend.map((p) => p.value)).toEqual([(40 / 92) * 100, (20 / 92) * 100]);
  });

  it("counts the real programme's communes_total too, and marks a commune whose part, entered by another agency, exceeds it", async () => {
    // Thái Nguyên's 2021–2025 programme: communes reached by propaganda (information) of all communes.
    const tn = "kh-ctpcmt-2021-2025-thai-nguyen";
    await api.db
      .insertInto("data_values")
      .values(
        communes.map((orgUnit, i) => ({
          data_element_id: `${tn}#communes_reached_by_propaganda`,
          org_unit_code: orgUnit,
          period: "2025-H2",
          value: i < 10 ? 0 : i === 10 ? 2 : 1,
          agency_code: "information",
          province_code: "thai_nguyen",
        })),
      )
      .execute();
    const readings = await indicatorReadings(
      api.db,
      "thai_nguyen",
      { period: "2025-H2", start: "2025-07-01", end: "2025-12-31" },
      "2026-01-20",
    );
    const reached = readings.find((i) => i.id === `${tn}#§I.2-5.t1`)!;
    expect(reached.value).toBeCloseTo((83 / 92) * 100, 9);
    expect(reached).toMatchObject({
      period: "2025-H2",
      termTotals: { numerator: 83, denominator: 92 },
      completeness: { reported: 92, expected: 92 },
      partExceedsWhole: false,
      placesPartExceedsWhole: 1,
      state: "inconsistent",
    });
    expect(reached.sources).toEqual([expect.any(String), "Danh mục địa bàn"]);
    const drill = await drillDownIndicator(api.db, "thai_nguyen", `${tn}#§I.2-5.t1`, "2025-H2");
    expect(drill.places.filter((p) => p.partExceedsWhole).map((p) => p.code)).toEqual([communes[10]]);
  });

  it("shows each commune's denominator as 1 in the drill-down, never missing, and says where it comes from", async () => {
    const drill = await drillDownIndicator(api.db, "thai_nguyen", indicatorId, "2025-10");
    expect(drill).toMatchObject({ measurable: true, kind: "ratio", period: "2025-10", placeLevel: "commune" });
    expect(drill.places).toHaveLength(92);
    expect(new Set(drill.places.map((p) => p.code))).toEqual(new Set(communes));
    expect(drill.places.every((p) => p.denominator === 1)).toBe(true);
    expect(drill.places.reduce((n, p) => n + (p.numerator ?? 0), 0)).toBe(40);
    expect(drill.places.filter((p) => p.value === 100)).toHaveLength(40);
    expect(drill.missingPlaces).toEqual([]);
    expect(drill.unattributed).toBeNull();
    expect(drill.countedFrom).toEqual({ numerator: null, denominator: source });
    // Nobody entered the denominator: the police's typed values are not shown as its source.
    expect(drill.termAgencies).toEqual({ numerator: [{ code: "police", name: "Công an tỉnh" }], denominator: [] });
    expect(drill.periods.map((p) => [p.period, p.numerator, p.denominator, p.places, p.expectedPlaces])).toEqual([
      ["2025-10", 40, 92, { numerator: 92, denominator: 92 }, 92],
      ["2025-11", 20, 92, { numerator: 50, denominator: 92 }, 92],
    ]);
    // November: the communes that sent nothing miss the numerator only.
    const november = await drillDownIndicator(api.db, "thai_nguyen", indicatorId, "2025-11");
    expect(november.missingPlaces).toHaveLength(42);
    expect(november.missingPlaces.every((p) => p.missing.join() === "numerator")).toBe(true);
  });

  it("offers no cell for communes_total in the grid, refuses a typed value for it, and holds each commune's part to 1", async () => {
    const grid = await api.as(police).dataEntry.grid({ reportId });
    expect(grid.elements.filter((e) => e.documentSlug === slug).map((e) => e.id)).toEqual([numerator]);
    expect(grid.elements.map((e) => e.id)).toContain(numerator);
    expect(grid.elements.map((e) => e.id)).not.toContain(denominator);
    expect(grid.cells.some((c) => c.elementId === denominator)).toBe(false);
    expect(grid.counted).toEqual([
      { id: denominator, code: "communes_total", name: "Tổng số xã, phường, đặc khu", source, perPlace: 1 },
    ]);
    expect(grid.parts).toContainEqual({ part: numerator, whole: denominator });

    const before = await api.db
      .selectFrom("data_values")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("data_element_id", "in", [numerator, denominator])
      .executeTakeFirstOrThrow();
    await expect(
      api.as(police).dataEntry.save({
        reportId,
        cells: [
          { elementId: numerator, orgUnit: communes[50]!, value: 1 },
          { elementId: denominator, orgUnit: communes[50]!, value: 1 },
        ],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: `${refusal}.` });
    // A commune is one commune: a part above 1 exceeds its whole.
    const above = await api.as(police).dataEntry.save({
      reportId,
      cells: [{ elementId: numerator, orgUnit: communes[50]!, value: 2 }],
    });
    expect(above.stored).toBe(0);
    expect(above.problems.map((p) => p.message)).toEqual([
      expect.stringContaining("Không được lớn hơn “Tổng số xã, phường, đặc khu” (1)"),
    ]);
    // A grid file with a column for it is refused with the same reason.
    const file = await api.upload(
      police,
      "data-grid",
      { reportId },
      {
        name: "so-lieu.csv",
        bytes: csv([
          ["Mã địa bàn", "drug_free_communes", "communes_total"],
          [communes[50]!, "1", "1"],
        ]),
      },
    );
    expect(file).toMatchObject({ stored: 0, problems: [{ row: 1, column: "communes_total", message: refusal }] });
    const after = await api.db
      .selectFrom("data_values")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("data_element_id", "in", [numerator, denominator])
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("refuses communes_total in a value file, and a commune's part above 1", async () => {
    const result = await api.upload(
      police,
      "data-values",
      {},
      {
        name: "lich-su.csv",
        bytes: csv([
          ["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị"],
          [denominator, communes[60]!, "2025-09", "1"],
          [numerator, communes[61]!, "2025-09", "2"],
        ]),
      },
    );
    expect(result).toMatchObject({ written: 0 });
    expect(result.problems).toEqual([{ row: 2, column: "Mã chỉ tiêu", message: refusal }]);
    // Without the refused line, the part is checked against the commune it is entered for.
    const part = await api.upload(
      police,
      "data-values",
      {},
      {
        name: "lich-su.csv",
        bytes: csv([
          ["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị"],
          [numerator, communes[61]!, "2025-09", "2"],
        ]),
      },
    );
    expect(part).toMatchObject({ written: 0 });
    expect(part.problems).toEqual([
      {
        row: 2,
        column: "Giá trị",
        message: expect.stringMatching(
          /“Số xã, phường đạt tiêu chí không ma túy” \(2\) lớn hơn “Tổng số xã, phường, đặc khu” \(1\)$/,
        ),
      },
    ]);
  });
});

// Thái Nguyên's 2021–2025 programme (§I.2-5.t1): communes reached by propaganda, entered by the information
// department, of all communes — `communes_total`, given to the communes' people's committees. Before the reform its
// periods are reported per district and the hierarchy cannot count the communes: the districts type their totals.
// From 1/7/2025 the hierarchy counts them.
describe.each(testEngines)(
  "the 2021–2025 programme's share of communes on both sides of the reform on %s",
  (engine) => {
    const tn = "kh-ctpcmt-2021-2025-thai-nguyen";
    const share = `${tn}#§I.2-5.t1`;
    const reached = `${tn}#communes_reached_by_propaganda`;
    const total = `${tn}#communes_total`;
    const totalName = "Số xã, phường, thị trấn";
    const totalRefusal = `“${totalName}” do hệ thống tự tính (${source}), không nhập số liệu cho chỉ tiêu này`;
    const officer = (agencyCode: Actor["agencyCode"], username: string): Actor => ({
      userId: crypto.randomUUID(),
      username,
      displayName: username,
      role: "agency_officer",
      agencyCode,
      provinceCode: "thai_nguyen",
    });
    const communesOffice = officer("local_government", "ubnd.tn");
    const h2 = { period: "2024-H2", start: "2024-07-01", end: "2024-12-31" };
    let api: ApiTestHarness;
    let districts: string[];
    let communes: string[];
    let oldReport: string;
    let newReport: string;
    const placesIn = async (level: "district" | "commune", period: string) => {
      const { end } = periodBounds(period);
      return (
        await api.db
          .selectFrom("org_units")
          .select("code")
          .where("province_code", "=", "thai_nguyen")
          .where("level", "=", level)
          .where((eb) => eb.or([eb("valid_from", "is", null), eb("valid_from", "<=", end)]))
          .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", end)]))
          .orderBy("code")
          .execute()
      ).map((u) => u.code);
    };
    const typed = (element: string, period: string) =>
      api.db
        .selectFrom("data_values")
        .select(["org_unit_code", "value", "agency_code"])
        .where("data_element_id", "=", element)
        .where("period", "=", period)
        .orderBy("org_unit_code")
        .execute();
    beforeAll(async () => {
      api = await createApiTestHarness(engine);
      districts = await placesIn("district", "2024-H2");
      communes = await placesIn("commune", "2025-H2");
      // The second half of 2024, as the districts typed it: each district's communes reached (5, 6, … 13), entered by
      // the information department, and each district's communes (10, 11, … 17), entered by the communes' committees —
      // but for the last district.
      await api.db
        .insertInto("data_values")
        .values([
          ...districts.map((orgUnit, i) => ({
            data_element_id: reached,
            org_unit_code: orgUnit,
            period: "2024-H2",
            value: 5 + i,
            agency_code: "information",
            province_code: "thai_nguyen",
          })),
          ...districts.slice(0, -1).map((orgUnit, i) => ({
            data_element_id: total,
            org_unit_code: orgUnit,
            period: "2024-H2",
            value: 10 + i,
            agency_code: "local_government",
            province_code: "thai_nguyen",
          })),
        ])
        .execute();
      oldReport = (await api.as(communesOffice).reports.open({ period: "2024-H2" })).id;
      // The second half of 2025: 60 of the 92 communes reached, and whole numbers typed for all communes behind the
      // checks' back (10 communes × 5), which must not be read.
      await api.db
        .insertInto("data_values")
        .values([
          ...communes.map((orgUnit, i) => ({
            data_element_id: reached,
            org_unit_code: orgUnit,
            period: "2025-H2",
            value: i < 60 ? 1 : 0,
            agency_code: "information",
            province_code: "thai_nguyen",
          })),
          ...communes.slice(0, 10).map((orgUnit) => ({
            data_element_id: total,
            org_unit_code: orgUnit,
            period: "2025-H2",
            value: 5,
            agency_code: "local_government",
            province_code: "thai_nguyen",
          })),
        ])
        .execute();
      newReport = (await api.as(communesOffice).reports.open({ period: "2025-H2" })).id;
    });
    afterAll(() => api.close());

    it("reads a period reported per district from the districts' typed totals, complete over the districts, named after the agency that typed them", async () => {
      expect(districts).toHaveLength(9);
      const readings = await indicatorReadings(api.db, "thai_nguyen", h2, "2025-01-20");
      const figure = readings.find((i) => i.id === share)!;
      // 5 + 6 + … + 13 = 81 communes reached, of 10 + 11 + … + 17 = 108 typed by 8 of the 9 districts.
      expect(figure.value).toBeCloseTo((81 / 108) * 100, 9);
      expect(figure).toMatchObject({
        period: "2024-H2",
        termTotals: { numerator: 81, denominator: 108 },
        completeness: { reported: 8, expected: 9 },
        placeWord: "huyện",
        placesPartExceedsWhole: 0,
        state: "insufficient_data",
        measurable: true,
      });
      expect(figure.sources).toEqual([agencyLabel("information"), agencyLabel("local_government")]);

      // Per district as typed: the last district is missing its total, nothing is counted from the hierarchy.
      const drill = await drillDownIndicator(api.db, "thai_nguyen", share, "2024-H2");
      expect(drill).toMatchObject({ period: "2024-H2", placeLevel: "district", placeWord: "huyện" });
      expect(drill.countedFrom).toEqual({ numerator: null, denominator: null });
      expect(drill.termAgencies.denominator).toEqual([
        { code: "local_government", name: agencyLabel("local_government") },
      ]);
      const byCode = new Map(drill.places.map((p) => [p.code, p]));
      expect(drill.places).toHaveLength(9);
      districts.forEach((code, i) =>
        expect(byCode.get(code)).toMatchObject({ numerator: 5 + i, denominator: i < 8 ? 10 + i : null }),
      );
      expect(drill.missingPlaces.map((p) => [p.code, p.missing])).toEqual([[districts[8], ["denominator"]]]);
      expect(drill.periods.find((p) => p.period === "2024-H2")).toMatchObject({
        numerator: 81,
        denominator: 108,
        places: { numerator: 9, denominator: 8 },
        expectedPlaces: 9,
      });
    });

    it("reads a period reported per commune from the 92 communes of the hierarchy, whatever was typed, with both in its trend", async () => {
      const readings = await indicatorReadings(
        api.db,
        "thai_nguyen",
        { period: "2025-H2", start: "2025-07-01", end: "2025-12-31" },
        "2026-01-20",
      );
      const figure = readings.find((i) => i.id === share)!;
      expect(figure.value).toBeCloseTo((60 / 92) * 100, 9);
      expect(figure).toMatchObject({
        period: "2025-H2",
        termTotals: { numerator: 60, denominator: 92 },
        completeness: { reported: 92, expected: 92 },
        placeWord: "xã",
        placesPartExceedsWhole: 0,
      });
      expect(figure.sources).toEqual([agencyLabel("information"), "Danh mục địa bàn"]);
      expect(figure.trend.map((p) => [p.period, p.completeness])).toEqual([
        ["2024-H2", { reported: 8, expected: 9 }],
        ["2025-H2", { reported: 92, expected: 92 }],
      ]);
      const drill = await drillDownIndicator(api.db, "thai_nguyen", share, "2025-H2");
      expect(drill.countedFrom).toEqual({ numerator: null, denominator: source });
      expect(drill.termAgencies.denominator).toEqual([]);
      expect(drill.places.every((p) => p.denominator === 1)).toBe(true);
      expect(drill.missingPlaces).toEqual([]);
    });

    it("offers communes_total in the grid of a period reported per district and stores it, from the grid and its file", async () => {
      const grid = await api.as(communesOffice).dataEntry.grid({ reportId: oldReport });
      expect(grid.level).toBe("district");
      expect(grid.elements.map((e) => e.id)).toContain(total);
      expect(grid.counted.map((c) => c.id)).not.toContain(total);
      expect(grid.cells.filter((c) => c.elementId === total).map((c) => [c.orgUnit, c.value])).toEqual(
        districts.map((code, i) => [code, i < 8 ? 10 + i : null]),
      );
      const saved = await api.as(communesOffice).dataEntry.save({
        reportId: oldReport,
        cells: [{ elementId: total, orgUnit: districts[8]!, value: 14 }],
      });
      expect(saved).toMatchObject({ stored: 1, problems: [] });
      expect(saved.grid.cells.find((c) => c.elementId === total && c.orgUnit === districts[8])?.value).toBe(14);
      const file = await api.upload(
        communesOffice,
        "data-grid",
        { reportId: oldReport },
        {
          name: "so-xa.csv",
          bytes: csv([
            ["Mã địa bàn", "communes_total"],
            [districts[7]!, "18"],
          ]),
        },
      );
      expect(file).toMatchObject({ stored: 1, problems: [] });
      expect((await typed(total, "2024-H2")).map((v) => [v.org_unit_code, v.value, v.agency_code])).toEqual(
        districts.map((code, i) => [code, i === 8 ? 14 : i === 7 ? 18 : 10 + i, "local_government"]),
      );
      // Now every district has its total: 81 of 108 + 1 + 14 = 123, complete.
      const figure = (await indicatorReadings(api.db, "thai_nguyen", h2, "2025-01-20")).find((i) => i.id === share)!;
      expect(figure.value).toBeCloseTo((81 / 123) * 100, 9);
      expect(figure).toMatchObject({
        termTotals: { numerator: 81, denominator: 123 },
        completeness: { reported: 9, expected: 9 },
      });
      expect(figure.state).not.toBe("insufficient_data");
    });

    it("refuses communes_total in the grid and its file of a period reported per commune", async () => {
      const grid = await api.as(communesOffice).dataEntry.grid({ reportId: newReport });
      expect(grid.level).toBe("commune");
      expect(grid.elements.map((e) => e.id)).not.toContain(total);
      expect(grid.cells.some((c) => c.elementId === total)).toBe(false);
      expect(grid.counted).toContainEqual({ id: total, code: "communes_total", name: totalName, source, perPlace: 1 });
      await expect(
        api.as(communesOffice).dataEntry.save({
          reportId: newReport,
          cells: [{ elementId: total, orgUnit: communes[20]!, value: 1 }],
        }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST", message: `${totalRefusal}.` });
      const file = await api.upload(
        communesOffice,
        "data-grid",
        { reportId: newReport },
        {
          name: "so-xa.csv",
          bytes: csv([
            ["Mã địa bàn", "communes_total"],
            [communes[20]!, "1"],
          ]),
        },
      );
      expect(file).toMatchObject({
        stored: 0,
        problems: [{ row: 1, column: "communes_total", message: totalRefusal }],
      });
      expect((await typed(total, "2025-H2")).map((v) => v.org_unit_code)).toEqual(communes.slice(0, 10));
    });

    it("imports communes_total from a value file for a period reported per district, checked against its part, and refuses it after the reform", async () => {
      const refused = await api.upload(
        communesOffice,
        "data-values",
        {},
        {
          name: "lich-su.csv",
          bytes: csv([
            ["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị"],
            [total, communes[30]!, "2025-10", "1"],
            [total, communes[31]!, "2025-H2", "1"],
            [total, districts[0]!, "2024-H2", "12"],
          ]),
        },
      );
      expect(refused).toMatchObject({ written: 0 });
      expect(refused.problems).toEqual([
        { row: 2, column: "Mã chỉ tiêu", message: totalRefusal },
        { row: 3, column: "Mã chỉ tiêu", message: totalRefusal },
      ]);
      // Before the reform the whole is the one typed: 5 communes reached in the first district, its total cannot be 4.
      const below = await api.upload(
        communesOffice,
        "data-values",
        {},
        {
          name: "lich-su.csv",
          bytes: csv([
            ["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị"],
            [total, districts[0]!, "2024-H2", "4"],
          ]),
        },
      );
      expect(below).toMatchObject({ written: 0 });
      expect(below.problems).toEqual([
        {
          row: 2,
          column: "Giá trị",
          message: expect.stringMatching(/kỳ 2024-H2: “.+” \(5\) lớn hơn “Số xã, phường, thị trấn” \(4\)$/),
        },
      ]);
      const written = await api.upload(
        communesOffice,
        "data-values",
        {},
        {
          name: "lich-su.csv",
          bytes: csv([
            ["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị"],
            [total, districts[0]!, "2024-H2", "12"],
            [total, districts[1]!, "2024-H1", "11"],
          ]),
        },
      );
      expect(written).toMatchObject({ written: 2, problems: [] });
      expect((await typed(total, "2024-H2"))[0]).toMatchObject({ org_unit_code: districts[0], value: 12 });
      expect(await typed(total, "2024-H1")).toMatchObject([{ org_unit_code: districts[1], value: 11 }]);
    });

    it("marks a district whose part, entered by another agency, exceeds the whole typed for it", async () => {
      // The information department enters 13 communes reached in the first district, through its grid: a district is
      // not one commune (no part is held to 1 before the reform), and the whole is another agency's. Its whole is
      // 12 (imported above): the console flags the district.
      const information = officer("information", "stt.tn");
      const reportId = (await api.as(information).reports.open({ period: "2024-H2" })).id;
      const grid = await api.as(information).dataEntry.grid({ reportId });
      expect(grid.parts.filter((p) => p.whole === total)).toEqual([]);
      expect(
        await api.as(information).dataEntry.save({
          reportId,
          cells: [{ elementId: reached, orgUnit: districts[0]!, value: 13 }],
        }),
      ).toMatchObject({ stored: 1, problems: [] });
      const figure = (await indicatorReadings(api.db, "thai_nguyen", h2, "2025-01-20")).find((i) => i.id === share)!;
      expect(figure).toMatchObject({
        termTotals: { numerator: 89, denominator: 125 },
        placesPartExceedsWhole: 1,
        state: "inconsistent",
      });
      const drill = await drillDownIndicator(api.db, "thai_nguyen", share, "2024-H2");
      expect(drill.places.filter((p) => p.partExceedsWhole).map((p) => p.code)).toEqual([districts[0]]);
    });
  },
);
