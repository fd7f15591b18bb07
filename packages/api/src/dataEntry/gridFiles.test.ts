import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readRows, SpreadsheetTooLargeError, spreadsheetLimits } from "./gridFiles";

describe("reading spreadsheets", () => {
  it("refuses an .xlsx that unpacks beyond the limit before ExcelJS reads it, and reads one within it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Số liệu");
    for (let i = 0; i < 2000; i++) sheet.addRow([`kh#element_${i}`, `place_${i}`, "2024-05", i]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    // Compressed, the file is small; unpacked, it is larger than a limit of 64 KB.
    expect(bytes.length).toBeLessThan(64 * 1024);
    await expect(readRows("a.xlsx", bytes, { maxUnpackedBytes: 64 * 1024 })).rejects.toBeInstanceOf(SpreadsheetTooLargeError);
    await expect(readRows("a.xlsx", bytes, { maxUnpackedBytes: 64 * 1024 })).rejects.toThrow(/^Tệp Excel quá lớn khi giải nén \(\d+ MB, tối đa \d+ MB\): chia thành nhiều tệp hoặc dùng tệp .csv.$/);
    const rows = await readRows("a.xlsx", bytes, spreadsheetLimits);
    expect(rows).toHaveLength(2000);
    expect(rows[1999]).toEqual(["kh#element_1999", "place_1999", "2024-05", "1999"]);
  });
});
