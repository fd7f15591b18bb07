/**
 * How much a spreadsheet may hold. An .xlsx is a zip: a 14.5 MB file of a million rows unpacks to hundreds of MB, so
 * the unpacked size is checked from the zip's directory before anything is read, and rows and cells are counted as
 * they stream. Each upload may lower these (a report's grid has one row per place).
 */
export interface SheetLimits {
  maxUnpackedBytes: number;
  maxRows: number;
  maxCells: number;
}

export const spreadsheetLimits: SheetLimits = {
  maxUnpackedBytes: 80 * 1024 * 1024,
  maxRows: 500_000,
  maxCells: 3_000_000,
};

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const count = (n: number) => n.toLocaleString("vi-VN");

/** A file beyond one of the limits; the message says which and what to do. */
export class SpreadsheetTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SpreadsheetTooLargeError";
  }

  static unpacked(bytes: number, limits: SheetLimits) {
    return new SpreadsheetTooLargeError(
      `Tệp Excel quá lớn khi giải nén (${megabytes(bytes)} MB, tối đa ${megabytes(limits.maxUnpackedBytes)} MB): chia thành nhiều tệp hoặc dùng tệp .csv.`,
    );
  }

  static rows(limits: SheetLimits) {
    return new SpreadsheetTooLargeError(
      `Tệp có quá nhiều dòng (tối đa ${count(limits.maxRows)} dòng): chia thành nhiều tệp.`,
    );
  }

  static cells(limits: SheetLimits) {
    return new SpreadsheetTooLargeError(
      `Tệp có quá nhiều ô dữ liệu (tối đa ${count(limits.maxCells)} ô): chia thành nhiều tệp.`,
    );
  }
}

/** A file that is not a readable .xlsx or CSV. */
export class UnreadableSpreadsheetError extends Error {
  constructor() {
    super("Không đọc được tệp: cần tệp .xlsx hoặc .csv đúng định dạng.");
    this.name = "UnreadableSpreadsheetError";
  }
}
