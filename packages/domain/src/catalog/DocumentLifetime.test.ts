import { describe, expect, it } from "vitest";
import type { DeadlineRule } from "../deadlines/DeadlineRule";
import { dueDates } from "../deadlines/dueDates";
import { coversPeriod, effectiveLifetime, lifetimeStatus, ruleWithinLifetime } from "./DocumentLifetime";

const monthly17 = {
  kind: "recurring",
  frequency: "monthly",
  dueDay: 17,
  before: true,
  dueOffsetMonths: 0,
  from: null,
  until: null,
} as const;
const plan2024 = { from: "2024-01-01", until: "2024-12-31" };

describe("document lifetime", () => {
  it("keeps a 2024 plan's monthly reports inside 2024: none for 2025, 2026 or 2027", () => {
    const due = dueDates(ruleWithinLifetime(monthly17, plan2024), "2023-01-01", "2027-12-31");
    expect(due.map((d) => d.period)).toEqual([
      "2024-01",
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
    ]);
    expect(due.at(-1)).toEqual({ date: "2024-12-16", period: "2024-12" });
  });

  it("keeps both rules of 'định kỳ 06 tháng, 01 năm' inside the programme's years", () => {
    const rule: DeadlineRule = {
      kind: "all",
      rules: [
        {
          kind: "recurring",
          frequency: "half_yearly",
          dueDay: null,
          before: false,
          dueOffsetMonths: 0,
          from: null,
          until: null,
        },
        {
          kind: "recurring",
          frequency: "yearly",
          dueDay: null,
          before: false,
          dueOffsetMonths: 0,
          from: null,
          until: null,
        },
      ],
    };
    const due = dueDates(
      ruleWithinLifetime(rule, { from: "2021-01-01", until: "2025-12-31" }),
      "2024-01-01",
      "2027-12-31",
    );
    expect(due.map((d) => d.period)).toEqual(["2024-H1", "2024", "2024-H2", "2025-H1", "2025", "2025-H2"]);
  });

  it("ends a document the day before the one replacing it, and tells its status on a day", () => {
    expect(effectiveLifetime({ from: "2021-01-01", until: null }, "2025-12-29")).toEqual({
      from: "2021-01-01",
      until: "2025-12-28",
    });
    expect(effectiveLifetime(plan2024, "2026-01-01")).toEqual(plan2024);
    expect(effectiveLifetime(plan2024, null)).toEqual(plan2024);
    expect(lifetimeStatus(plan2024, "2026-12-01")).toBe("ended");
    expect(lifetimeStatus(plan2024, "2024-06-01")).toBe("in_force");
    expect(lifetimeStatus({ from: "2025-12-29", until: null }, "2025-12-01")).toBe("not_started");
    expect(coversPeriod(plan2024, { start: "2024-12-01", end: "2024-12-31" })).toBe(true);
    expect(coversPeriod(plan2024, { start: "2025-01-01", end: "2025-01-31" })).toBe(false);
    expect(coversPeriod({ from: null, until: null }, { start: "2099-01-01", end: "2099-01-31" })).toBe(true);
  });
});
