import { describe, expect, it } from "vitest";
import { evaluateFigure, type FigureChecks, meetsMinCompleteness } from "./figureQuality";
import { targetWindow, inWindow } from "./targetWindow";

const full100 = { comparator: ">=", target: 100, baseline: null } as const;
const checks = (reported: number, expected: number, extra: Partial<FigureChecks> = {}): FigureChecks => ({
  completeness: { reported, expected },
  partExceedsWhole: false,
  placesPartExceedsWhole: 0,
  ...extra,
});

describe("meetsMinCompleteness", () => {
  it("needs the indicator's share of the places expected, or the platform's 90%; nothing expected is never enough", () => {
    expect(meetsMinCompleteness({ reported: 8, expected: 10 })).toBe(false);
    expect(meetsMinCompleteness({ reported: 9, expected: 10 })).toBe(true);
    expect(meetsMinCompleteness({ reported: 8, expected: 10 }, 80)).toBe(true);
    expect(meetsMinCompleteness({ reported: 8, expected: 10 }, null)).toBe(false);
    expect(meetsMinCompleteness({ reported: 0, expected: 0 })).toBe(false);
  });
});

describe("evaluateFigure", () => {
  it("does not evaluate a figure made of 3 of 78 communes: chưa đủ số liệu, with the threshold it used", () => {
    expect(evaluateFigure(full100, { value: 100, dueHasPassed: false, checks: checks(3, 78) })).toEqual({
      state: "insufficient_data",
      measured: 100,
      minCompleteness: 90,
    });
    expect(evaluateFigure(full100, { value: 100, dueHasPassed: false, checks: checks(71, 78) }).state).toBe("achieved");
    expect(evaluateFigure(full100, { value: 100, dueHasPassed: false, checks: checks(70, 78) }).state).toBe(
      "insufficient_data",
    );
    expect(
      evaluateFigure({ ...full100, minCompleteness: 50 }, { value: 100, dueHasPassed: false, checks: checks(40, 78) })
        .state,
    ).toBe("achieved");
    expect(evaluateFigure(full100, { value: 62.3, dueHasPassed: true, checks: checks(78, 78) }).state).toBe(
      "not_achieved",
    );
  });

  it("never calls a part larger than its whole Đạt: số liệu chưa khớp, in the province's sums or in any place", () => {
    expect(
      evaluateFigure(
        { comparator: ">", target: 80, baseline: null },
        { value: 107.8, dueHasPassed: true, checks: checks(92, 92, { partExceedsWhole: true }) },
      ).state,
    ).toBe("inconsistent");
    expect(
      evaluateFigure(
        { comparator: ">", target: 80, baseline: null },
        { value: 95, dueHasPassed: true, checks: checks(92, 92, { placesPartExceedsWhole: 2 }) },
      ).state,
    ).toBe("inconsistent");
    // Inconsistency is reported before incompleteness: it is the finding that must be fixed first.
    expect(
      evaluateFigure(full100, { value: 120, dueHasPassed: true, checks: checks(1, 92, { partExceedsWhole: true }) })
        .state,
    ).toBe("inconsistent");
  });

  it("says chưa có số liệu when nothing was entered, and with no expectation of places evaluates the value", () => {
    expect(evaluateFigure(full100, { value: null, dueHasPassed: true, checks: checks(0, 78) }).state).toBe("no_data");
    expect(
      evaluateFigure(full100, {
        value: 100,
        dueHasPassed: true,
        checks: { completeness: null, partExceedsWhole: false, placesPartExceedsWhole: 0 },
      }).state,
    ).toBe("achieved");
    expect(evaluateFigure(full100, { value: 100, dueHasPassed: true, checks: checks(0, 0) }).state).toBe(
      "insufficient_data",
    );
  });
});

describe("targetWindow", () => {
  it("judges a 2024 target on 2024 and finally, once 2024 is over", () => {
    const w = targetWindow("2024", "2026-11-30");
    expect(w).toEqual({ start: "2024-01-01", end: "2024-12-31", final: true });
    expect(inWindow(w, "2024-12")).toBe(true);
    expect(inWindow(w, "2026-11")).toBe(false);
    expect(inWindow(w, "2023-12")).toBe(false);
  });

  it("reads a target due later on the latest values up to the reference, not yet a verdict", () => {
    expect(targetWindow("2026", "2026-11-30")).toEqual({ start: null, end: "2026-11-30", final: false });
    expect(targetWindow("2030", "2026-11-30").final).toBe(false);
    expect(targetWindow(null, "2026-11-30")).toEqual({ start: null, end: "2026-11-30", final: false });
    expect(inWindow(targetWindow("2026", "2026-11-30"), "2026-12")).toBe(false);
    // The year 2026 read for the whole year is final once it is over, not on 1/12/2026.
    expect(targetWindow("2026", "2026-12-31").final).toBe(true);
    expect(targetWindow("2026", "2026-12-31", { today: "2026-12-01" }).final).toBe(false);
    expect(targetWindow("2026", "2026-12-31", { today: "2027-01-01" }).final).toBe(true);
  });

  it("makes a target set for every period final when its document has ended", () => {
    expect(targetWindow(null, "2025-12-31", { lifetimeUntil: "2025-12-31", today: "2026-12-01" }).final).toBe(true);
    expect(targetWindow(null, "2025-06-30", { lifetimeUntil: "2025-12-31", today: "2026-12-01" }).final).toBe(false);
    expect(targetWindow(null, "2026-11-30", { lifetimeUntil: null, today: "2026-12-01" }).final).toBe(false);
  });
});
