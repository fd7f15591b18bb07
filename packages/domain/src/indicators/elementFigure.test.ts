import { describe, expect, it } from "vitest";
import { elementValueIn, yearBefore } from "./elementFigure";

const months = (values: Record<string, [number, number]>) =>
  new Map(Object.entries(values).map(([p, [total, places]]) => [p, { total, places }]));
const ten = () => 10;

describe("elementValueIn", () => {
  it("adds up a year of monthly cases, complete only when every month came in from every place", () => {
    const all = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`2024-${String(i + 1).padStart(2, "0")}`, [5, 10] as [number, number]]),
    );
    expect(elementValueIn(months(all), "2024", "sum", ten)).toEqual({
      value: 60,
      period: "2024",
      completeness: { reported: 10, expected: 10 },
      parts: { reported: 12, expected: 12 },
    });
    const { "2024-01": _january, ...noJanuary } = all;
    expect(elementValueIn(months(noJanuary), "2024", "sum", ten)).toMatchObject({
      value: 55,
      completeness: { reported: 0, expected: 10 },
      parts: { reported: 11, expected: 12 },
    });
    expect(elementValueIn(months({ ...all, "2024-03": [4, 7] }), "2024", "sum", ten)?.completeness).toEqual({
      reported: 7,
      expected: 10,
    });
  });

  it("reads a stock at its latest month, takes a value entered for the period itself, and says nothing without values", () => {
    expect(elementValueIn(months({ "2024-11": [40, 10], "2024-12": [42, 9] }), "2024", "latest", ten)).toMatchObject({
      value: 42,
      completeness: { reported: 9, expected: 10 },
      parts: null,
    });
    expect(elementValueIn(months({ "2024": [300, 10], "2024-01": [1, 1] }), "2024", "sum", ten)).toMatchObject({
      value: 300,
      parts: null,
    });
    expect(elementValueIn(months({ "2023-12": [5, 10] }), "2024", "sum", ten)).toBeNull();
    // A year read to the end of June: its first six months only, and never the whole year's own value.
    const half = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`2024-0${i + 1}`, [2, 10] as [number, number]]),
    );
    expect(elementValueIn(months({ ...half, "2024": [99, 10] }), "2024", "sum", ten, "2024-06-30")).toMatchObject({
      value: 12,
      parts: { reported: 6, expected: 6 },
      completeness: { reported: 10, expected: 10 },
    });
    expect(yearBefore("2024")).toBe("2023");
    expect(yearBefore("2024-H2")).toBe("2023-H2");
    expect(yearBefore("2024-05")).toBe("2023-05");
  });
});
