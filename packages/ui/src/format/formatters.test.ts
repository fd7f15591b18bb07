import { describe, expect, it } from "vitest";
import { formatDate, formatNumber } from "./formatters";

describe("formatters", () => {
  it("writes numbers the Vietnamese way", () => {
    expect(formatNumber(5850)).toBe("5.850");
    expect(formatNumber(83.5)).toBe("83,5");
  });

  it("writes calendar dates as dd/mm/yyyy without shifting them", () => {
    expect(formatDate("2024-05-20")).toBe("20/05/2024");
    expect(formatDate("2025-07-01")).toBe("01/07/2025");
  });
});
