import { describe, expect, it } from "vitest";
import { describePeriod, parsePeriod, periodContaining, periodsBetween, previousPeriods } from "./Period";

describe("periods", () => {
  it("reads every kind of id", () => {
    expect(parsePeriod("2024")).toEqual({ id: "2024", kind: "year", start: "2024-01-01", end: "2024-12-31" });
    expect(parsePeriod("2024-H2")).toMatchObject({ start: "2024-07-01", end: "2024-12-31" });
    expect(parsePeriod("2024-Q1")).toMatchObject({ start: "2024-01-01", end: "2024-03-31" });
    expect(parsePeriod("2024-02")).toMatchObject({ start: "2024-02-01", end: "2024-02-29" });
    expect(parsePeriod("2025-02")).toMatchObject({ end: "2025-02-28" });
    expect(() => parsePeriod("2024-13")).toThrow(/Kỳ không hợp lệ/);
  });

  it("finds the period of a day and lists periods across a year end", () => {
    expect(periodContaining("half_year", "2025-07-01").id).toBe("2025-H2");
    expect(periodsBetween("month", "2024-11-15", "2025-02-01").map((p) => p.id)).toEqual([
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
    ]);
  });

  it("names periods in Vietnamese", () => {
    expect(describePeriod("2024-05")).toBe("Tháng 5/2024");
    expect(describePeriod("2024-H1")).toBe("6 tháng đầu năm 2024");
    expect(describePeriod("2024-Q2")).toBe("Quý II/2024");
    expect(describePeriod("2026")).toBe("Năm 2026");
    expect(describePeriod("2024-05", "en")).toBe("May 2024");
    expect(describePeriod("2024-H2", "en")).toBe("H2 2024");
  });

  it("lists the previous periods of the same kind, nearest first, across years", () => {
    expect(previousPeriods("2026-02", 3)).toEqual(["2026-01", "2025-12", "2025-11"]);
    expect(previousPeriods("2026-H1", 2)).toEqual(["2025-H2", "2025-H1"]);
    expect(previousPeriods("2026-Q1", 1)).toEqual(["2025-Q4"]);
    expect(previousPeriods("2026", 2)).toEqual(["2025", "2024"]);
    expect(previousPeriods("2024-05-20", 2)).toEqual([]);
  });
});
