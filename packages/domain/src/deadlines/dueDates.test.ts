import { describe, expect, it } from "vitest";
import { DeadlineRule } from "./DeadlineRule";
import { describeDeadline } from "./describeDeadline";
import { dueDates, nextDueDate } from "./dueDates";

const rule = (input: unknown) => DeadlineRule.parse(input);

describe("fixed deadlines", () => {
  it("'trước ngày 20/5/2024' is due by 19/5/2024 (45/TB-UBND §3)", () => {
    const r = rule({ kind: "fixed", date: "2024-05-20", before: true });
    expect(dueDates(r, "2024-01-01", "2024-12-31")).toEqual([{ date: "2024-05-19", period: null }]);
    expect(describeDeadline(r)).toBe("Trước ngày 20/05/2024");
    expect(describeDeadline(r, "en")).toBe("Before 20/05/2024");
    expect(nextDueDate(r, "2024-05-20")).toBeNull();
  });

  it("'đến ngày' keeps the day itself", () => {
    expect(dueDates(rule({ kind: "fixed", date: "2024-02-29", before: false }), "2024-02-01", "2024-03-01")).toEqual([
      { date: "2024-02-29", period: null },
    ]);
  });
});

describe("monthly reports 'trước ngày 17 hàng tháng' (29/KH-BCĐ)", () => {
  const monthly = rule({ kind: "recurring", frequency: "monthly", dueDay: 17, before: true });

  it("falls on the 16th of every month", () => {
    expect(dueDates(monthly, "2024-01-01", "2024-04-30").map((d) => [d.period, d.date])).toEqual([
      ["2024-01", "2024-01-16"],
      ["2024-02", "2024-02-16"],
      ["2024-03", "2024-03-16"],
      ["2024-04", "2024-04-16"],
    ]);
    expect(describeDeadline(monthly)).toBe("Trước ngày 17 hằng tháng");
    expect(describeDeadline(monthly, "en")).toBe("Before the 17th of every month");
  });

  it("gives the next report's date from any day", () => {
    expect(nextDueDate(monthly, "2024-05-16")).toEqual({ date: "2024-05-16", period: "2024-05" });
    expect(nextDueDate(monthly, "2024-05-17")).toEqual({ date: "2024-06-16", period: "2024-06" });
    expect(nextDueDate(monthly, "2024-12-20")).toEqual({ date: "2025-01-16", period: "2025-01" });
  });
});

describe("month ends and leap years", () => {
  const day31 = rule({ kind: "recurring", frequency: "monthly", dueDay: 31 });

  it("moves a 31st to the month's last day", () => {
    expect(dueDates(day31, "2024-01-01", "2024-04-30").map((d) => d.date)).toEqual([
      "2024-01-31",
      "2024-02-29",
      "2024-03-31",
      "2024-04-30",
    ]);
    expect(dueDates(day31, "2023-02-01", "2023-02-28").map((d) => d.date)).toEqual(["2023-02-28"]);
  });

  it("'before the 31st' in a short month is its last day, not a day earlier", () => {
    const before31 = rule({ kind: "recurring", frequency: "monthly", dueDay: 31, before: true });
    expect(dueDates(before31, "2025-02-01", "2025-03-31").map((d) => d.date)).toEqual(["2025-02-28", "2025-03-30"]);
  });

  it("ends a period without a due day on its last day, 29 February in a leap year", () => {
    const monthly = rule({ kind: "recurring", frequency: "monthly" });
    expect(dueDates(monthly, "2024-02-01", "2024-02-29")).toEqual([{ date: "2024-02-29", period: "2024-02" }]);
    expect(dueDates(monthly, "2100-02-01", "2100-02-28")).toEqual([{ date: "2100-02-28", period: "2100-02" }]);
  });
});

describe("six-monthly and annual reports 'Định kỳ 06 tháng, 01 năm' (KH 2021–2025 Thái Nguyên)", () => {
  const both = rule({
    kind: "all",
    rules: [
      { kind: "recurring", frequency: "half_yearly", from: "2021-01-01", until: "2025-12-31" },
      { kind: "recurring", frequency: "yearly", from: "2021-01-01", until: "2025-12-31" },
    ],
  });

  it("generates both series within the plan's years only", () => {
    const dates = dueDates(both, "2024-01-01", "2026-12-31");
    expect(dates.map((d) => [d.period, d.date])).toEqual([
      ["2024-H1", "2024-06-30"],
      ["2024", "2024-12-31"],
      ["2024-H2", "2024-12-31"],
      ["2025-H1", "2025-06-30"],
      ["2025", "2025-12-31"],
      ["2025-H2", "2025-12-31"],
    ]);
    expect(describeDeadline(both)).toBe(
      "Định kỳ 6 tháng (từ 01/01/2021 đến 31/12/2025); hằng năm (từ 01/01/2021 đến 31/12/2025)",
    );
  });

  it("can be reported in the month after the period", () => {
    const afterwards = rule({ kind: "recurring", frequency: "half_yearly", dueDay: 15, dueOffsetMonths: 1 });
    expect(dueDates(afterwards, "2024-01-01", "2024-12-31").map((d) => [d.period, d.date])).toEqual([
      ["2023-H2", "2024-01-15"],
      ["2024-H1", "2024-07-15"],
    ]);
  });

  it("handles quarters", () => {
    const quarterly = rule({ kind: "recurring", frequency: "quarterly", dueDay: 20, before: true });
    expect(dueDates(quarterly, "2024-01-01", "2024-12-31").map((d) => d.date)).toEqual([
      "2024-03-19",
      "2024-06-19",
      "2024-09-19",
      "2024-12-19",
    ]);
  });
});

describe("targets by a period and continuous tasks", () => {
  it("'đến hết năm 2026' is due on 31/12/2026 (Nghị quyết Thái Nguyên)", () => {
    const by2026 = rule({ kind: "by", period: "2026" });
    expect(dueDates(by2026, "2026-01-01", "2030-12-31")).toEqual([{ date: "2026-12-31", period: null }]);
    expect(describeDeadline(by2026)).toBe("Đến hết năm 2026");
    expect(describeDeadline(rule({ kind: "by", period: "2026-H1" }))).toBe("Đến hết 6 tháng đầu năm 2026");
  });

  it("'thường xuyên' has no due date", () => {
    const continuous = rule({ kind: "continuous" });
    expect(dueDates(continuous, "2024-01-01", "2030-12-31")).toEqual([]);
    expect(nextDueDate(continuous, "2024-01-01")).toBeNull();
    expect(describeDeadline(continuous)).toBe("Thường xuyên");
  });

  it("rejects a malformed rule", () => {
    expect(DeadlineRule.safeParse({ kind: "recurring", frequency: "weekly" }).success).toBe(false);
    expect(DeadlineRule.safeParse({ kind: "fixed", date: "20/5/2024" }).success).toBe(false);
  });
});
