import { describe, expect, it } from "vitest";
import { changedCells, columnSummary, placesFilled, rowsFromGrid } from "./gridModel";

const grid = {
  elements: [
    { id: "a", unit: "person" },
    { id: "r", unit: "percent" },
  ],
  units: [
    { code: "x1", name: "Ái Tử" },
    { code: "x2", name: "Ba Lòng" },
    { code: "x3", name: "Cam Lộ" },
  ],
  cells: [
    { orgUnit: "x1", elementId: "a", value: 4 },
    { orgUnit: "x1", elementId: "r", value: 50 },
    { orgUnit: "x2", elementId: "a", value: null },
  ],
};

describe("the grid on the page", () => {
  it("lays the stored values out by place and data element", () => {
    expect(rowsFromGrid(grid)).toEqual([
      { a: 4, r: 50 },
      { a: null, r: null },
      { a: null, r: null },
    ]);
  });

  it("lists what differs from the server, text that is not a number included", () => {
    const rows = rowsFromGrid(grid);
    rows[1]!.a = 7;
    rows[2]!.r = { invalid: "mười" };
    rows[0]!.a = 4;
    expect(changedCells(rows, grid)).toEqual([
      { orgUnit: "x2", elementId: "a", input: 7 },
      { orgUnit: "x3", elementId: "r", input: { invalid: "mười" } },
    ]);
  });

  it("sums counts, not ratios, and counts the places entered", () => {
    const rows = rowsFromGrid(grid);
    rows[1]!.a = 7;
    expect(columnSummary(rows, grid.elements[0]!)).toEqual({ filled: 2, total: 11 });
    expect(columnSummary(rows, grid.elements[1]!)).toEqual({ filled: 1, total: null });
    expect(placesFilled(rows)).toBe(2);
  });
});
