import type { Actor } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, createApiTestHarness } from "../testing/apiTestHarness";

const health: Actor = {
  userId: crypto.randomUUID(),
  username: "yte.qt",
  displayName: "Y tế QT",
  role: "agency_officer",
  agencyCode: "health",
  provinceCode: "quang_tri",
};
const police: Actor = { ...health, userId: crypto.randomUUID(), username: "congan.qt", agencyCode: "police" };
const qualified = "kh-29-bcd-quang-tri-2024#commune_health_facilities_qualified";
const total = "kh-29-bcd-quang-tri-2024#commune_health_facilities";
const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(",")).join("\n"));

describe.each(testEngines)("indicator data entry on %s", (engine) => {
  let api: ApiTestHarness;
  let reportId: string;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
    reportId = (await api.as(health).reports.open({ period: "2024-05" })).id;
  });
  afterAll(() => api.close());

  it("gives the agency's data elements × the province's districts valid in 2024", async () => {
    const grid = await api.as(health).dataEntry.grid({ reportId });
    expect(grid.level).toBe("district");
    expect(grid.elements.map((e) => e.id)).toEqual(expect.arrayContaining([qualified, total]));
    expect(grid.units.map((u) => u.code)).toEqual(expect.arrayContaining(["quang_tri.huong_hoa", "quang_tri.dakrong"]));
    expect(grid.units.every((u) => !u.code.startsWith("quang_binh"))).toBe(true);
    expect(grid.parts).toContainEqual({ part: qualified, whole: total });
  });

  it("stores valid values and refuses a part larger than its whole, storing nothing", async () => {
    const saved = await api.as(health).dataEntry.save({
      reportId,
      cells: [
        { elementId: total, orgUnit: "quang_tri.huong_hoa", value: 22 },
        { elementId: qualified, orgUnit: "quang_tri.huong_hoa", value: 20 },
      ],
    });
    expect(saved).toMatchObject({ stored: 2, problems: [] });

    const refused = await api.as(health).dataEntry.save({
      reportId,
      cells: [
        { elementId: qualified, orgUnit: "quang_tri.huong_hoa", value: 30 },
        { elementId: total, orgUnit: "quang_tri.dakrong", value: -4 },
      ],
    });
    expect(refused.stored).toBe(0);
    expect(refused.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringContaining("Không được âm"), expect.stringContaining("Không được lớn hơn")]),
    );
    const cell = refused.grid.cells.find((c) => c.elementId === qualified && c.orgUnit === "quang_tri.huong_hoa");
    expect(cell?.value).toBe(20);
  });

  it("imports a CSV all or nothing, listing every error by row and column", async () => {
    const bad = await api.upload(
      health,
      "data-grid",
      { reportId },
      {
        name: "so-lieu.csv",
        bytes: csv([
          ["Mã địa bàn", "Địa bàn", "commune_health_facilities", "commune_health_facilities_qualified"],
          ["quang_tri.dakrong", "Đakrông", "14", "12"],
          ["quang_tri.khong_co", "?", "1", "1"],
          ["quang_tri.cam_lo", "Cam Lộ", "mười", "3"],
        ]),
      },
    );
    expect(bad.stored).toBe(0);
    expect(bad.problems).toEqual([
      { row: 3, column: "Mã địa bàn", message: expect.stringContaining("quang_tri.khong_co") },
      { row: 4, column: "commune_health_facilities", message: "“mười” không phải là số" },
    ]);
    const unchanged = bad.grid.cells.find((c) => c.orgUnit === "quang_tri.dakrong" && c.elementId === total);
    expect(unchanged?.value).toBeNull();

    const good = await api.upload(
      health,
      "data-grid",
      { reportId },
      {
        name: "so-lieu.csv",
        bytes: csv([
          ["Mã địa bàn", "Địa bàn", "commune_health_facilities", "commune_health_facilities_qualified"],
          ["quang_tri.dakrong", "Đakrông", "14", "12"],
          ["quang_tri.cam_lo", "Cam Lộ", "9", "9"],
        ]),
      },
    );
    expect(good).toMatchObject({ stored: 4, problems: [] });
    // The report's history names what the file stored.
    const saves = (await api.as(health).reports.history({ reportId })).filter((h) => h.action === "report.grid_save");
    expect(saves.at(-1)).toMatchObject({
      count: 4,
      source: "file",
      fileName: "so-lieu.csv",
      changes: expect.arrayContaining([expect.objectContaining({ place: "Đakrông", after: 14 })]),
    });
  });

  it("exports the grid to .xlsx in words (places and data elements by name, the agency by name), and takes it back", async () => {
    const file = await api.as(health).dataEntry.exportFile({ reportId });
    expect(file.fileName).toBe("so-lieu-so-y-te-2024-05.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, "base64") as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toBe("Số liệu Sở Y tế — Quảng Trị — Tháng 5/2024");
    const header = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
    expect(header[0]).toBe("Địa bàn");
    expect(header.slice(1, -1).every((h) => !/[a-z]+_[a-z]+/.test(h))).toBe(true);
    const grid = await api.as(health).dataEntry.grid({ reportId });
    const totalColumn = header.indexOf(`${grid.elements.find((e) => e.id === total)!.name} (cơ sở)`) + 1;
    expect(totalColumn).toBeGreaterThan(1);
    let found: unknown = null;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "Đakrông") found = row.getCell(totalColumn).value;
    });
    expect(found).toBe(14);
    // The places' codes ride in a hidden last column: the file comes back in as it went out.
    expect(sheet.getColumn(header.length).hidden).toBe(true);
    const back = await api.upload(
      health,
      "data-grid",
      { reportId },
      { name: "so-lieu.xlsx", bytes: Buffer.from(file.contentBase64, "base64") },
    );
    expect(back.problems).toEqual([]);
  });

  it("imports a sheet a person made, by place names and data element names", async () => {
    const grid = await api.as(health).dataEntry.grid({ reportId });
    const name = grid.elements.find((e) => e.id === total)!.name;
    const typed = await api.upload(
      health,
      "data-grid",
      { reportId },
      {
        name: "tu-lap.csv",
        bytes: csv([
          ["Địa bàn", `"${name} (cơ sở)"`],
          ["cam lộ", "10"],
          ["Nơi khác", "1"],
        ]),
      },
    );
    expect(typed.problems).toEqual([
      { row: 3, column: "Địa bàn", message: "Địa bàn “Nơi khác” không thuộc tỉnh hoặc không còn hiệu lực trong kỳ" },
    ]);
    const good = await api.upload(
      health,
      "data-grid",
      { reportId },
      {
        name: "tu-lap.csv",
        bytes: csv([
          ["Địa bàn", `"${name} (cơ sở)"`],
          ["cam lộ", "10"],
        ]),
      },
    );
    expect(good).toMatchObject({ stored: 1, problems: [] });
    expect(good.grid.cells.find((c) => c.orgUnit === "quang_tri.cam_lo" && c.elementId === total)?.value).toBe(10);
  });

  it("keeps the history of a value and refuses other agencies and submitted reports", async () => {
    // First entered with the period's first values (one batch), then corrected: both steps are in its history.
    await api
      .as(health)
      .dataEntry.save({ reportId, cells: [{ elementId: qualified, orgUnit: "quang_tri.huong_hoa", value: 18 }] });
    const history = await api
      .as(health)
      .dataEntry.valueHistory({ reportId, elementId: qualified, orgUnit: "quang_tri.huong_hoa" });
    expect(history.map((h) => [h.before, h.after])).toEqual([
      [null, 20],
      [20, 18],
    ]);
    expect(history.every((h) => h.actor === null || typeof h.actor === "string")).toBe(true);
    // The report opens its own cells' history only: not the police's element, not another province's place.
    await expect(
      api.as(health).dataEntry.valueHistory({
        reportId,
        elementId: "kh-29-bcd-quang-tri-2024#drug_crime_cases_detected",
        orgUnit: "quang_tri.huong_hoa",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      api.as(health).dataEntry.valueHistory({ reportId, elementId: qualified, orgUnit: "thai_nguyen.dai_tu" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      api.as(health).dataEntry.valueHistory({
        reportId,
        elementId: "kh-ctpcmt-2021-2025-thai-nguyen#addicts_count",
        orgUnit: "thai_nguyen.dai_tu",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.as(police).dataEntry.save({ reportId, cells: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const report = await api.as(health).reports.get({ reportId });
    await api.as(health).reports.submit({ reportId, expectedVersion: report.version });
    await expect(
      api
        .as(health)
        .dataEntry.save({ reportId, cells: [{ elementId: total, orgUnit: "quang_tri.dakrong", value: 1 }] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
