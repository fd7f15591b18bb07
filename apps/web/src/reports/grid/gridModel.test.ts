import { describe, expect, it } from "vitest";
import {
  cellKey,
  changedCells,
  columnSummary,
  placesFilled,
  refusedCells,
  rowsFromGrid,
  standingProblems,
} from "./gridModel";

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

  it("marks a negative count at once, by the server's rule, and leaves it out of the total and the places entered", () => {
    const rows = rowsFromGrid(grid);
    rows[1]!.a = -5;
    rows[2]!.a = 7;
    const refused = refusedCells(rows, grid);
    expect([...refused]).toEqual([[cellKey("x2", "a"), "Không được âm"]]);
    const cells = { units: grid.units, cells: refused };
    expect(columnSummary(rows, grid.elements[0]!, cells)).toEqual({ filled: 2, total: 11 });
    expect(placesFilled(rows, cells)).toBe(2);
    rows[1]!.a = 3;
    expect(refusedCells(rows, grid).size).toBe(0);
  });

  it("refuses what the server refuses: a fraction of a count, a part above its whole", () => {
    const rules = { ...grid, wholeNumberElements: ["a"], parts: [{ part: "r", whole: "a" }] };
    const rows = rowsFromGrid(rules);
    rows[1]!.a = 2.5;
    expect([...refusedCells(rows, rules).keys()]).toEqual([cellKey("x2", "a"), cellKey("x1", "r")]);
  });

  it("drops a refused save's problems once the cells sent are changed, saved or no longer pending", () => {
    const problems = [{ row: 0, column: "A", message: "Ba Lòng: Không được âm", orgUnit: "x2", elementId: "a" }];
    const refusal = { problems, sent: new Map([[cellKey("x2", "a"), -5]]) };
    const rows = rowsFromGrid(grid);
    rows[1]!.a = -5;
    expect(standingProblems(refusal, changedCells(rows, grid))).toEqual(problems);
    rows[1]!.a = 7;
    expect(standingProblems(refusal, changedCells(rows, grid))).toEqual([]);
    rows[1]!.a = null;
    expect(changedCells(rows, grid)).toEqual([]);
    expect(standingProblems(refusal, [])).toEqual([]);
    rows[1]!.a = -5;
    rows[2]!.a = 1;
    expect(standingProblems(refusal, changedCells(rows, grid))).toEqual([]);
    // A file's problems are not about the grid's cells: they stay until the next save or import.
    expect(standingProblems({ problems, sent: null }, [])).toEqual(problems);
  });
});
