import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSheet } from "./readSheet";
import type { SheetRow } from "./readSheetRows";
import { SpreadsheetTooLargeError, UnreadableSpreadsheetError } from "./sheetLimits";

async function allRows(sheet: AsyncIterable<SheetRow[]>) {
  const rows: SheetRow[] = [];
  for await (const batch of sheet) rows.push(...batch);
  return rows;
}

describe("reading spreadsheets in a worker", () => {
  let folder: string;
  const file = async (name: string, bytes: Buffer | string) => {
    const path = join(folder, name);
    await writeFile(path, bytes);
    return path;
  };
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "pcmt-sheet-"));
  });
  afterAll(async () => rm(folder, { recursive: true, force: true }));

  it("reads an .xlsx's first sheet row by row, with the rows' numbers, formulas' results and empty rows skipped", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Số liệu");
    sheet.addRow(["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị"]);
    for (let i = 0; i < 4999; i++) sheet.addRow([`kh#element_${i}`, `place_${i}`, "2024-05", i]);
    sheet.getRow(5002).values = ["kh#tong", "place_x", "2024-05", { formula: "1+1", result: 2 }];
    workbook.addWorksheet("Khác").addRow(["không đọc"]);
    const path = await file("a.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    const rows = await allRows(readSheet(path, "xlsx", { batchRows: 700 }));
    expect(rows).toHaveLength(5001);
    expect(rows[0]).toEqual({ number: 1, cells: ["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị"] });
    expect(rows[4999]).toEqual({ number: 5000, cells: ["kh#element_4998", "place_4998", "2024-05", "4998"] });
    expect(rows[5000]).toEqual({ number: 5002, cells: ["kh#tong", "place_x", "2024-05", "2"] });
  });

  it("reads a CSV with a BOM, quoted fields and Windows line ends", async () => {
    const path = await file("a.csv", '\uFEFFMã địa bàn,Ghi chú\r\nthai_nguyen.phu_binh,"Phú Bình, ""xã"""\r\n');
    expect(await allRows(readSheet(path, "csv"))).toEqual([
      { number: 1, cells: ["Mã địa bàn", "Ghi chú"] },
      { number: 2, cells: ["thai_nguyen.phu_binh", 'Phú Bình, "xã"'] },
    ]);
  });

  it("stops at the first limit crossed, with a message saying which: unpacked size, rows, cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Số liệu");
    for (let i = 0; i < 3000; i++) sheet.addRow([`kh#element_${i}`, `place_${i}`, "2024-05", i]);
    const path = await file("b.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    // Compressed, the file is small; unpacked, it is larger than a limit of 64 KB.
    await expect(allRows(readSheet(path, "xlsx", { limits: { maxUnpackedBytes: 64 * 1024 } }))).rejects.toThrow(
      /^Tệp Excel quá lớn khi giải nén \(\d+ MB, tối đa \d+ MB\)/,
    );
    await expect(allRows(readSheet(path, "xlsx", { limits: { maxRows: 2500 } }))).rejects.toThrow(
      "Tệp có quá nhiều dòng (tối đa 2.500 dòng): chia thành nhiều tệp.",
    );
    const csv = await file("c.csv", Array.from({ length: 100 }, (_, i) => `a${i},b,c,d`).join("\n"));
    await expect(allRows(readSheet(csv, "csv", { limits: { maxCells: 399 } }))).rejects.toBeInstanceOf(
      SpreadsheetTooLargeError,
    );
    expect(await allRows(readSheet(csv, "csv", { limits: { maxCells: 400 } }))).toHaveLength(100);
  });

  it("refuses a file that is not what its name says", async () => {
    const path = await file("gia.xlsx", "Mã địa bàn,Giá trị\n");
    await expect(allRows(readSheet(path, "xlsx"))).rejects.toBeInstanceOf(UnreadableSpreadsheetError);
  });

  it("keeps the event loop free while a large file is read, and stops the worker when the reader stops early", async () => {
    const lines = [
      "Mã chỉ tiêu,Mã địa bàn,Kỳ,Giá trị",
      ...Array.from({ length: 300_000 }, (_, i) => `kh#element_${i % 50},place_${i},2024-05,${i}`),
    ];
    const path = await file("lon.csv", lines.join("\n"));
    // A timer that should fire every 10 ms: the longest gap while reading says how long the loop was held.
    let last = performance.now();
    let longestGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    let rows = 0;
    try {
      for await (const batch of readSheet(path, "csv")) rows += batch.length;
    } finally {
      clearInterval(timer);
    }
    expect(rows).toBe(300_001);
    // Parsed on this thread, 300,000 lines hold the loop for well over a second; here only batches cross it.
    expect(longestGap).toBeLessThan(750);
    let seen = 0;
    for await (const batch of readSheet(path, "csv", { batchRows: 1000 })) {
      seen += batch.length;
      break;
    }
    expect(seen).toBe(1000);
  });
});
