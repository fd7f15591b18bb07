import type { Actor } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, createApiTestHarness } from "../testing/apiTestHarness";
import { importValueChunks } from "./importValueFile";

// Thái Nguyên's 2021–2025 programme: schools with the "Nói không với ma túy" sign, of all schools (education enters both).
const health: Actor = {
  userId: crypto.randomUUID(),
  username: "giaoduc",
  displayName: "Giáo dục TN",
  role: "agency_officer",
  agencyCode: "education",
  provinceCode: "thai_nguyen",
};
const police: Actor = { ...health, userId: crypto.randomUUID(), username: "congan", agencyCode: "police" };
const office: Actor = {
  ...health,
  userId: crypto.randomUUID(),
  username: "thuongtruc",
  role: "standing_office",
  agencyCode: "police",
};
const qualified = "kh-ctpcmt-2021-2025-thai-nguyen#schools_with_no_drugs_sign";
const total = "kh-ctpcmt-2021-2025-thai-nguyen#schools_lower_secondary_up_total";
const policeElement = "kh-ctpcmt-2021-2025-thai-nguyen#drug_crime_cases_detected";
// Districts report until 30/6/2025, today's communes after.
const [districtA, districtB] = ["thai_nguyen.dai_tu", "thai_nguyen.phu_binh"];
const [communeA, communeB] = ["thai_nguyen.tan_cuong", "thai_nguyen.dai_phuc"];
const header = ["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị"];
const csv = (rows: string[][]) => Buffer.from([header, ...rows].map((r) => r.join(",")).join("\n"));

describe.each(testEngines)("bulk import of data values on %s", (engine) => {
  let api: ApiTestHarness;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
  });
  afterAll(() => api.close());

  const totals = (element: string, period: string) =>
    api.db
      .selectFrom("data_value_totals")
      .select(["total", "value_count"])
      .where("data_element_id", "=", element)
      .where("province_code", "=", "thai_nguyen")
      .where("period", "=", period)
      .executeTakeFirst();

  it("stores a file across places and periods, the totals current at once and each change audited", async () => {
    const result = await api.upload(
      health,
      "data-values",
      {},
      {
        name: "lich-su.csv",
        bytes: csv([
          [total, districtA, "2024-05", "3"],
          [qualified, districtA, "2024-05", "2"],
          [total, districtB, "2024-05", "3"],
          [qualified, districtB, "2024-05", "3"],
          [total, communeA, "2025-08", "6"],
          [qualified, communeA, "2025-08", "5"],
        ]),
      },
    );
    expect(result).toMatchObject({ lines: 6, written: 6, cleared: 0, problems: [] });
    expect(await totals(total, "2024-05")).toEqual({ total: 6, value_count: 2 });
    expect(await totals(qualified, "2025-08")).toEqual({ total: 5, value_count: 1 });
    // New values of periods that held none: audited as one batch (who, which periods, provinces and elements).
    const batch = await api.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "after"])
      .where("entity", "=", "data_value_batch")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(batch).toEqual({
      actor_user_id: health.userId,
      after: {
        count: 6,
        periods: ["2024-05", "2025-08"],
        provinces: ["thai_nguyen"],
        elements: [total, qualified].sort(),
      },
    });

    // The same file again changes nothing; a corrected value is written with its before.
    const again = await api.upload(
      health,
      "data-values",
      {},
      {
        name: "lich-su.csv",
        bytes: csv([
          [total, communeA, "2025-08", "6"],
          [qualified, communeA, "2025-08", "4"],
        ]),
      },
    );
    expect(again).toMatchObject({ written: 1, unchanged: 1 });
    expect(await totals(qualified, "2025-08")).toEqual({ total: 4, value_count: 1 });
    const history = await api.db
      .selectFrom("audit_log")
      .select(["before", "after"])
      .where("entity_id", "=", `${qualified}|${communeA}|2025-08`)
      .orderBy("id")
      .execute();
    expect(history).toEqual([{ before: 5, after: 4 }]);

    // An empty value clears the stored one.
    const cleared = await api.upload(
      health,
      "data-values",
      {},
      { name: "xoa.csv", bytes: csv([[qualified, communeA, "2025-08", ""]]) },
    );
    expect(cleared).toMatchObject({ written: 0, cleared: 1 });
    expect(await totals(qualified, "2025-08")).toBeUndefined();
  });

  it("refuses a file with any bad line, listing each by row and column, and stores none of it", async () => {
    const before = await totals(total, "2024-06");
    const result = await api.upload(
      health,
      "data-values",
      {},
      {
        name: "loi.csv",
        bytes: csv([
          [total, districtA, "2024-06", "4"], // fine on its own
          ["kh-ctpcmt-2021-2025-thai-nguyen#nope", districtA, "2024-06", "1"],
          [total, "thai_nguyen.khong_co", "2024-06", "1"],
          [total, communeA, "2024-06", "1"], // a commune, while districts reported
          [total, districtB, "2025-08", "1"], // a district, abolished by then
          [total, districtB, "2024-13", "1"],
          [total, districtB, "2024-06", "2.5"],
          [qualified, districtA, "2024-06", "9"], // more than its whole (4)
          [policeElement, districtA, "2024-06", "1"], // police's
          [total, "ha_tinh.hong_linh", "2024-06", "1"],
          [total, "thai_nguyen", "2024-06", "1"],
          [total, districtA, "2024-06", "5"], // twice
        ]),
      },
    );
    expect(result.written).toBe(0);
    const rows = result.problems.map((p) => `${p.row}:${p.column}`);
    expect(rows).toEqual(
      expect.arrayContaining([
        "3:Mã chỉ tiêu",
        "4:Mã địa bàn",
        "5:Mã địa bàn",
        "6:Mã địa bàn",
        "7:Kỳ",
        "8:Giá trị",
        "10:Mã chỉ tiêu",
        "12:Mã địa bàn",
        "13:Mã chỉ tiêu",
      ]),
    );
    expect(result.problems.find((p) => p.row === 10)?.message).toBe("Chỉ tiêu này do cơ quan khác nhập");
    expect(await totals(total, "2024-06")).toEqual(before);

    // Only the part larger than its whole: reported with its row once everything else is right.
    const larger = await api.upload(
      health,
      "data-values",
      {},
      {
        name: "loi.csv",
        bytes: csv([
          [total, districtA, "2024-06", "4"],
          [qualified, districtA, "2024-06", "9"],
        ]),
      },
    );
    expect(larger).toMatchObject({ written: 0, problemCount: 1 });
    expect(larger.problems[0]).toMatchObject({ row: 3, column: "Giá trị" });
    expect(await totals(total, "2024-06")).toEqual(before);
  });

  it("stores a file chunk by chunk; a problem in the last chunk, or a part above its whole, undoes the earlier ones", async () => {
    const line = (row: number, element: string, orgUnit: string, period: string, value: number | null) => ({
      row,
      element,
      orgUnit,
      period,
      value,
    });
    const lines = [
      line(2, total, communeB, "2025-09", 8),
      line(3, total, communeA, "2025-09", 6),
      line(4, qualified, communeB, "2025-09", 7),
      line(5, qualified, communeA, "2025-09", 6),
    ];
    // Chunks of one line: a part and its whole arrive in different chunks, and are checked once both are stored.
    const oneByOne = (all: typeof lines) => all.map((l) => ({ lines: [l], problems: [] }));
    expect(await importValueChunks(api.db, health, null, oneByOne(lines))).toMatchObject({
      written: 4,
      problemCount: 0,
    });
    expect(await totals(total, "2025-09")).toEqual({ total: 14, value_count: 2 });
    const changed = [line(2, total, communeB, "2025-09", 9), line(3, total, communeA, "2025-09", -1)];
    const refused = await importValueChunks(api.db, health, null, oneByOne(changed));
    expect(refused).toMatchObject({ written: 0, problemCount: 1, problems: [{ row: 3, column: "Giá trị" }] });
    expect(await totals(total, "2025-09")).toEqual({ total: 14, value_count: 2 });
    const partTooLarge = await importValueChunks(
      api.db,
      health,
      null,
      oneByOne([line(2, total, communeB, "2025-09", 3), line(3, total, communeA, "2025-09", 9)]),
    );
    expect(partTooLarge).toMatchObject({
      written: 0,
      problemCount: 1,
      problems: [{ row: 2, column: "Giá trị", message: expect.stringContaining("(7) lớn hơn") }],
    });
    expect(await totals(total, "2025-09")).toEqual({ total: 14, value_count: 2 });
  });

  it("checks a part against its whole already stored when the file gives only the part", async () => {
    const result = await api.upload(
      health,
      "data-values",
      {},
      { name: "a.csv", bytes: csv([[qualified, districtB, "2024-05", "4"]]) },
    );
    expect(result.problems[0]?.message).toContain("(4) lớn hơn");
  });

  it("reads .xlsx, lets the standing office import any agency's values of its province, and refuses the wrong file type", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Số liệu");
    sheet.addRow(["Số liệu lịch sử"]);
    sheet.addRow(header);
    sheet.addRow([policeElement, "thai_nguyen.dai_tu", "2024-03", 7]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await api.upload(office, "data-values", {}, { name: "x.xlsx", bytes: bytes })).toMatchObject({
      written: 1,
      problems: [],
    });
    await expect(api.upload(police, "data-values", {}, { name: "x.pdf", bytes: bytes })).rejects.toThrow(
      "Loại tệp .pdf không được nhận. Chỉ nhận: .csv, .xlsx.",
    );
    const noHeader = await api.upload(police, "data-values", {}, { name: "x.csv", bytes: Buffer.from("a,b\n1,2") });
    expect(noHeader.problems[0]?.message).toContain("Không thấy dòng tiêu đề");
  });

  it("refuses values for a period not begun or outside the document's lifetime, by row and column", async () => {
    const result = await api.upload(
      office,
      "data-values",
      {},
      {
        name: "ky.csv",
        bytes: csv([
          [total, districtA, "2019", "4"], // before the 2021–2025 programme
          [total, communeA, "2099", "4"], // not begun
          [total, communeA, "9999-01", "4"],
          [total, communeA, "2026-03", "4"], // after the programme ended
        ]),
      },
    );
    expect(result.written).toBe(0);
    expect(result.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, "Kỳ", expect.stringContaining("nằm ngoài thời gian thực hiện")],
      [3, "Kỳ", "Kỳ 2099 chưa bắt đầu: chưa nhập được số liệu"],
      [4, "Kỳ", "Kỳ 9999-01 chưa bắt đầu: chưa nhập được số liệu"],
      [5, "Kỳ", expect.stringContaining("01/01/2021 – 31/12/2025")],
    ]);
  });

  it("freezes a period's values once its report is sent or accepted — for the standing office too — until the office reopens it", async () => {
    const report = await api.as(health).reports.open({ period: "2024-H1" });
    await api.as(health).reports.submit({ reportId: report.id, expectedVersion: report.version });
    const file = csv([[total, districtA, "2024-H1", "4"]]);
    const byOfficer = await api.upload(health, "data-values", {}, { name: "a.csv", bytes: file });
    expect(byOfficer.problems[0]).toMatchObject({ row: 2, column: "Kỳ", message: expect.stringContaining("đã gửi") });
    const byOffice = await api.upload(office, "data-values", {}, { name: "a.csv", bytes: file });
    expect(byOffice).toMatchObject({
      written: 0,
      problems: [{ column: "Kỳ", message: expect.stringContaining("Sở Giáo dục và Đào tạo đã gửi") }],
    });

    await api.as(office).reports.review({ reportId: report.id, decision: "accept" });
    expect(
      (await api.upload(office, "data-values", {}, { name: "a.csv", bytes: file })).problems[0]?.message,
    ).toContain("đã được tiếp nhận");
    expect(await totals(total, "2024-H1")).toBeUndefined();

    // Reopening is returning the accepted report, with a reason, audited as such; then the values change again.
    const reopened = await api.as(office).reports.review({
      reportId: report.id,
      decision: "return",
      reason: "Mở lại để sửa số trường học của huyện Đại Từ",
    });
    expect(reopened.state).toBe("returned");
    const history = await api.as(office).reports.history({ reportId: report.id });
    expect(history.map((h) => h.action)).toContain("report.reopen");
    expect(await api.upload(office, "data-values", {}, { name: "a.csv", bytes: file })).toMatchObject({
      written: 1,
      problems: [],
    });
    expect(await totals(total, "2024-H1")).toEqual({ total: 4, value_count: 1 });
  });
});
