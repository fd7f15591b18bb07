import type { Actor } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, createApiTestHarness } from "../testing/apiTestHarness";
import { importValueChunks } from "./dataValuesRouter";

const health: Actor = { userId: crypto.randomUUID(), username: "yte.qt", displayName: "Y tế QT", role: "agency_officer", agencyCode: "health", provinceCode: "quang_tri" };
const police: Actor = { ...health, userId: crypto.randomUUID(), username: "congan.qt", agencyCode: "police" };
const office: Actor = { ...health, userId: crypto.randomUUID(), username: "thuongtruc.qt", role: "standing_office", agencyCode: "police" };
const qualified = "kh-29-bcd-quang-tri-2024#commune_health_facilities_qualified";
const total = "kh-29-bcd-quang-tri-2024#commune_health_facilities";
const header = ["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị"];
const csv = (rows: string[][]) => Buffer.from([header, ...rows].map((r) => r.join(",")).join("\n")).toString("base64");

describe.each(testEngines)("bulk import of data values on %s", (engine) => {
  let api: ApiTestHarness;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
  });
  afterAll(() => api.close());

  const totals = (element: string, period: string) =>
    api.db.selectFrom("data_value_totals").select(["total", "value_count"]).where("data_element_id", "=", element).where("province_code", "=", "quang_tri").where("period", "=", period).executeTakeFirst();

  it("stores a file across places and periods, the totals current at once and each change audited", async () => {
    const result = await api.as(health).dataValues.importFile({
      fileName: "lich-su.csv",
      contentBase64: csv([
        [total, "quang_tri.huong_hoa.khe_sanh", "2024-05", "3"],
        [qualified, "quang_tri.huong_hoa.khe_sanh", "2024-05", "2"],
        [total, "quang_tri.huong_hoa.tan_hop", "2024-05", "3"],
        [qualified, "quang_tri.huong_hoa.tan_hop", "2024-05", "3"],
        [total, "quang_tri.khe_sanh", "2025-08", "6"],
        [qualified, "quang_tri.khe_sanh", "2025-08", "5"],
      ]),
    });
    expect(result).toMatchObject({ lines: 6, written: 6, cleared: 0, problems: [] });
    expect(await totals(total, "2024-05")).toEqual({ total: 6, value_count: 2 });
    expect(await totals(qualified, "2025-08")).toEqual({ total: 5, value_count: 1 });
    // New values of periods that held none: audited as one batch (who, which periods, provinces and elements).
    const batch = await api.db.selectFrom("audit_log").select(["actor_user_id", "after"]).where("entity", "=", "data_value_batch").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(batch).toEqual({ actor_user_id: health.userId, after: { count: 6, periods: ["2024-05", "2025-08"], provinces: ["quang_tri"], elements: [total, qualified].sort() } });

    // The same file again changes nothing; a corrected value is written with its before.
    const again = await api.as(health).dataValues.importFile({ fileName: "lich-su.csv", contentBase64: csv([[total, "quang_tri.khe_sanh", "2025-08", "6"], [qualified, "quang_tri.khe_sanh", "2025-08", "4"]]) });
    expect(again).toMatchObject({ written: 1, unchanged: 1 });
    expect(await totals(qualified, "2025-08")).toEqual({ total: 4, value_count: 1 });
    const history = await api.db.selectFrom("audit_log").select(["before", "after"]).where("entity_id", "=", `${qualified}|quang_tri.khe_sanh|2025-08`).orderBy("id").execute();
    expect(history).toEqual([{ before: 5, after: 4 }]);

    // An empty value clears the stored one.
    const cleared = await api.as(health).dataValues.importFile({ fileName: "xoa.csv", contentBase64: csv([[qualified, "quang_tri.khe_sanh", "2025-08", ""]]) });
    expect(cleared).toMatchObject({ written: 0, cleared: 1 });
    expect(await totals(qualified, "2025-08")).toBeUndefined();
  });

  it("refuses a file with any bad line, listing each by row and column, and stores none of it", async () => {
    const before = await totals(total, "2024-06");
    const result = await api.as(health).dataValues.importFile({
      fileName: "loi.csv",
      contentBase64: csv([
        [total, "quang_tri.huong_hoa.khe_sanh", "2024-06", "4"], // fine on its own
        ["kh-29-bcd-quang-tri-2024#nope", "quang_tri.huong_hoa.khe_sanh", "2024-06", "1"],
        [total, "quang_tri.khong_co", "2024-06", "1"],
        [total, "quang_tri.khe_sanh", "2024-06", "1"], // the new commune did not exist yet
        [total, "quang_tri.huong_hoa.tan_hop", "2025-08", "1"], // merged away by then
        [total, "quang_tri.huong_hoa.tan_hop", "2024-13", "1"],
        [total, "quang_tri.huong_hoa.tan_hop", "2024-06", "2.5"],
        [qualified, "quang_tri.huong_hoa.khe_sanh", "2024-06", "9"], // more than its whole (4)
        ["kh-29-bcd-quang-tri-2024#drug_crime_cases_detected", "quang_tri.huong_hoa.khe_sanh", "2024-06", "1"], // police's
        [total, "ha_tinh.hong_linh", "2024-06", "1"],
        [total, "quang_tri", "2024-06", "1"],
        [total, "quang_tri.huong_hoa.khe_sanh", "2024-06", "5"], // twice
      ]),
    });
    expect(result.written).toBe(0);
    const rows = result.problems.map((p) => `${p.row}:${p.column}`);
    expect(rows).toEqual(
      expect.arrayContaining(["3:Mã chỉ tiêu", "4:Mã địa bàn", "5:Mã địa bàn", "6:Mã địa bàn", "7:Kỳ", "8:Giá trị", "10:Mã chỉ tiêu", "12:Mã địa bàn", "13:Mã chỉ tiêu"]),
    );
    expect(result.problems.find((p) => p.row === 10)?.message).toBe("Chỉ tiêu này do cơ quan khác nhập");
    expect(await totals(total, "2024-06")).toEqual(before);

    // Only the part larger than its whole: reported with its row once everything else is right.
    const larger = await api.as(health).dataValues.importFile({
      fileName: "loi.csv",
      contentBase64: csv([
        [total, "quang_tri.huong_hoa.khe_sanh", "2024-06", "4"],
        [qualified, "quang_tri.huong_hoa.khe_sanh", "2024-06", "9"],
      ]),
    });
    expect(larger).toMatchObject({ written: 0, problemCount: 1 });
    expect(larger.problems[0]).toMatchObject({ row: 3, column: "Giá trị" });
    expect(await totals(total, "2024-06")).toEqual(before);
  });

  it("stores a file chunk by chunk; a problem in the last chunk, or a part above its whole, undoes the earlier ones", async () => {
    const line = (row: number, element: string, orgUnit: string, period: string, value: number | null) => ({ row, element, orgUnit, period, value });
    const lines = [
      line(2, total, "quang_tri.lao_bao", "2025-09", 8),
      line(3, total, "quang_tri.khe_sanh", "2025-09", 6),
      line(4, qualified, "quang_tri.lao_bao", "2025-09", 7),
      line(5, qualified, "quang_tri.khe_sanh", "2025-09", 6),
    ];
    // Chunks of one line: a part and its whole arrive in different chunks, and are checked once both are stored.
    const oneByOne = (all: typeof lines) => all.map((l) => ({ lines: [l], problems: [] }));
    expect(await importValueChunks(api.db, health, null, oneByOne(lines))).toMatchObject({ written: 4, problemCount: 0 });
    expect(await totals(total, "2025-09")).toEqual({ total: 14, value_count: 2 });
    const changed = [line(2, total, "quang_tri.lao_bao", "2025-09", 9), line(3, total, "quang_tri.khe_sanh", "2025-09", -1)];
    const refused = await importValueChunks(api.db, health, null, oneByOne(changed));
    expect(refused).toMatchObject({ written: 0, problemCount: 1, problems: [{ row: 3, column: "Giá trị" }] });
    expect(await totals(total, "2025-09")).toEqual({ total: 14, value_count: 2 });
    const partTooLarge = await importValueChunks(api.db, health, null, oneByOne([line(2, total, "quang_tri.lao_bao", "2025-09", 3), line(3, total, "quang_tri.khe_sanh", "2025-09", 9)]));
    expect(partTooLarge).toMatchObject({ written: 0, problemCount: 1, problems: [{ row: 2, column: "Giá trị", message: expect.stringContaining("(7) lớn hơn") }] });
    expect(await totals(total, "2025-09")).toEqual({ total: 14, value_count: 2 });
  });

  it("checks a part against its whole already stored when the file gives only the part", async () => {
    const result = await api.as(health).dataValues.importFile({ fileName: "a.csv", contentBase64: csv([[qualified, "quang_tri.huong_hoa.tan_hop", "2024-05", "4"]]) });
    expect(result.problems[0]?.message).toContain("(4) lớn hơn");
  });

  it("reads .xlsx, lets the standing office import any agency's values of its province, and refuses the wrong file type", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Số liệu");
    sheet.addRow(["Số liệu lịch sử"]);
    sheet.addRow(header);
    sheet.addRow(["kh-29-bcd-quang-tri-2024#drug_crime_cases_detected", "quang_tri.huong_hoa", "2024-03", 7]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await api.as(office).dataValues.importFile({ fileName: "x.xlsx", contentBase64: bytes.toString("base64") })).toMatchObject({ written: 1, problems: [] });
    await expect(api.as(police).dataValues.importFile({ fileName: "x.pdf", contentBase64: bytes.toString("base64") })).rejects.toThrow("Chỉ nhận tệp .xlsx hoặc .csv.");
    const noHeader = await api.as(police).dataValues.importFile({ fileName: "x.csv", contentBase64: Buffer.from("a,b\n1,2").toString("base64") });
    expect(noHeader.problems[0]?.message).toContain("Không thấy dòng tiêu đề");
  });

  it("refuses an officer's values for a period whose report was sent", async () => {
    const report = await api.as(health).reports.open({ period: "2024-07" });
    await api.as(health).reports.submit({ reportId: report.id, expectedVersion: report.version });
    const result = await api.as(health).dataValues.importFile({ fileName: "a.csv", contentBase64: csv([[total, "quang_tri.huong_hoa", "2024-07", "4"]]) });
    expect(result.problems[0]).toMatchObject({ column: "Kỳ", message: expect.stringContaining("đã gửi") });
  });
});
