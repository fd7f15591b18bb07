import { describe, expect, it } from "vitest";
import { readDeadline } from "./readDeadline";

const plan = { from: "2026-01-01", until: "2026-12-31" };

describe("readDeadline", () => {
  it.each([
    [
      "báo cáo kết quả về UBND tỉnh trước ngày 20/5/2024.",
      { kind: "fixed", date: "2024-05-20", before: true },
      "trước ngày 20/5/2024",
    ],
    [
      "hoàn thành chậm nhất ngày 30 tháng 6 năm 2026",
      { kind: "fixed", date: "2026-06-30", before: false },
      "chậm nhất ngày 30 tháng 6 năm 2026",
    ],
    ["đến hết năm 2026 có 25% xã không ma túy", { kind: "by", period: "2026" }, "đến hết năm 2026"],
    ["tổ chức trong tháng 4/2026", { kind: "by", period: "2026-04" }, "trong tháng 4/2026"],
    ["sơ kết trong quý II/2026", { kind: "by", period: "2026-Q2" }, "trong quý II/2026"],
    ["thường xuyên rà soát danh sách", { kind: "continuous" }, "thường xuyên"],
  ])("%s", (text, rule, quote) => {
    const reading = readDeadline(text, plan);
    expect(reading?.rule).toEqual(rule);
    expect(reading?.quote).toBe(quote);
    expect(text.slice(reading!.start, reading!.end)).toBe(quote);
  });

  it("reads recurring reports with the plan's lifetime: monthly before the 17th, six-monthly and yearly together", () => {
    expect(readDeadline("báo cáo định kỳ (trước ngày 17 hàng tháng) gửi Công an tỉnh", plan)?.rule).toEqual({
      kind: "recurring",
      frequency: "monthly",
      dueDay: 17,
      before: true,
      dueOffsetMonths: 0,
      from: "2026-01-01",
      until: "2026-12-31",
    });
    const both = readDeadline("Định kỳ 06 tháng, 01 năm tổng hợp báo cáo", plan)?.rule;
    expect(both?.kind === "all" && both.rules.map((r) => (r.kind === "recurring" ? r.frequency : r.kind))).toEqual([
      "half_yearly",
      "yearly",
    ]);
  });

  it("refuses a date that does not exist and says when two readings differ", () => {
    expect(readDeadline("trước ngày 31/2/2026")).toBeNull();
    const two = readDeadline("thường xuyên kiểm tra; hoàn thành trước ngày 30/6/2026", plan);
    expect(two?.rule.kind).toBe("all");
    expect(two?.doubt).toMatch(/2 thời hạn khác nhau/);
  });

  it("reads nothing where no time is set", () => {
    expect(readDeadline("Tăng cường công tác tuyên truyền phòng, chống ma túy")).toBeNull();
  });
});
