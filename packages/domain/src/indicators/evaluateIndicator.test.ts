import { describe, expect, it } from "vitest";
import { aggregateValues, ratioPercent } from "./aggregateValues";
import { evaluateIndicator } from "./evaluateIndicator";

describe("evaluateIndicator", () => {
  const over80 = { comparator: ">", target: 80, baseline: null } as const;

  it("'trên 80%': 83% is đạt, 80% is not", () => {
    expect(evaluateIndicator(over80, { value: 83, dueHasPassed: true }).state).toBe("achieved");
    expect(evaluateIndicator(over80, { value: 80, dueHasPassed: true }).state).toBe("not_achieved");
    expect(evaluateIndicator(over80, { value: 80, dueHasPassed: false }).state).toBe("at_risk");
    expect(evaluateIndicator(over80, { value: null, dueHasPassed: true }).state).toBe("no_data");
  });

  it("'tăng từ 5% so với năm trước' compares the growth", () => {
    const growth = { comparator: ">=", target: 5, baseline: "previous_year" } as const;
    expect(evaluateIndicator(growth, { value: 105, previousValue: 100, dueHasPassed: true })).toEqual({
      state: "achieved",
      measured: 5,
    });
    expect(evaluateIndicator(growth, { value: 104, previousValue: 100, dueHasPassed: true }).state).toBe(
      "not_achieved",
    );
    expect(evaluateIndicator(growth, { value: 104, previousValue: 100, dueHasPassed: false }).state).toBe("at_risk");
    expect(evaluateIndicator(growth, { value: 120, previousValue: null, dueHasPassed: true }).state).toBe("no_data");
    expect(evaluateIndicator(growth, { value: 3, previousValue: 0, dueHasPassed: true }).state).toBe("achieved");
  });

  it("'25% xã, phường không ma túy đến hết năm 2026' is at risk during 2026 and failed after", () => {
    const drugFree = { comparator: ">=", target: 25, baseline: null } as const;
    expect(evaluateIndicator(drugFree, { value: ratioPercent(20, 92), dueHasPassed: false }).state).toBe("at_risk");
    expect(evaluateIndicator(drugFree, { value: ratioPercent(23, 92), dueHasPassed: false }).state).toBe("achieved");
    expect(evaluateIndicator(drugFree, { value: ratioPercent(20, 92), dueHasPassed: true }).state).toBe("not_achieved");
  });

  it("'không để phát sinh' (= 0)", () => {
    const none = { comparator: "=", target: 0, baseline: null } as const;
    expect(evaluateIndicator(none, { value: 0, dueHasPassed: true }).state).toBe("achieved");
    expect(evaluateIndicator(none, { value: 1, dueHasPassed: true }).state).toBe("not_achieved");
  });
});

describe("aggregation", () => {
  it("adds, averages and takes a ratio of sums, never an average of percentages", () => {
    expect(aggregateValues([1, 2, 3], "sum")).toBe(6);
    expect(aggregateValues([1, 2, 3], "average")).toBe(2);
    expect(aggregateValues([], "sum")).toBeNull();
    // Two communes: 9 of 10 and 1 of 90 → 10%, not the 50.5% an average of percentages would give.
    expect(ratioPercent(9 + 1, 10 + 90)).toBe(10);
    expect(ratioPercent(1, 0)).toBeNull();
  });
});
