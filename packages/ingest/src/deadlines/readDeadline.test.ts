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

  it("reads “thường xuyên, liên tục” as the time of the work, not as what something is or must be", () => {
    expect(readDeadline("kiểm tra đột xuất, bảo đảm công tác quản lý được thường xuyên, liên tục", plan)).toBeNull();
    expect(readDeadline("khắc phục tình trạng kiểm tra chưa thường xuyên ở cơ sở", plan)).toBeNull();
    expect(readDeadline("tổ chức tuần tra liên tục trên các tuyến biên giới", plan)?.rule).toEqual({
      kind: "continuous",
    });
  });

  it("leaves the year of a cited programme's title alone, but reads a year that starts a target", () => {
    expect(
      readDeadline("bố trí kinh phí thực hiện Chương trình phòng, chống mua bán người đến năm 2030 trên địa bàn", plan),
    ).toBeNull();
    expect(readDeadline("triển khai Đề án tuyên truyền, đến năm 2027 hoàn thành lắp đặt bảng tin", plan)?.rule).toEqual(
      {
        kind: "by",
        period: "2027",
      },
    );
    expect(readDeadline("phấn đấu đến năm 2028 không còn xã trọng điểm về ma túy", plan)?.rule).toEqual({
      kind: "by",
      period: "2028",
    });
  });

  it("reads a plan or resolution made for a year as due that year, not a cited one nor a date", () => {
    const made = readDeadline("Sở Y tế xây dựng Kế hoạch kiểm tra liên ngành năm 2026 về tiền chất", plan);
    expect(made?.rule).toEqual({ kind: "by", period: "2026" });
    expect(made?.quote).toBe("Kế hoạch kiểm tra liên ngành năm 2026");
    expect(
      readDeadline("tham mưu ban hành Nghị quyết của HĐND tỉnh năm 2026 về chính sách hỗ trợ", plan)?.rule,
    ).toEqual({ kind: "by", period: "2026" });
    expect(readDeadline("ban hành Kế hoạch số 45/KH-UBND ngày 10 tháng 3 năm 2025 của UBND tỉnh", plan)).toBeNull();
    expect(readDeadline("xây dựng kế hoạch thực hiện giai đoạn 2026 - 2030", plan)).toBeNull();
  });
});

describe("readDeadline: names, windows and due days", () => {
  it("does not read “thường xuyên” inside a name as a deadline", () => {
    expect(
      readDeadline("tổ chức tuyên truyền tại các trung tâm giáo dục thường xuyên trong quý III/2026", plan)?.rule,
    ).toEqual({ kind: "by", period: "2026-Q3" });
    expect(readDeadline("mời Ủy viên thường xuyên của Ban Chỉ đạo dự họp", plan)).toBeNull();
  });

  it("reads a campaign window as due by its last day, and says so", () => {
    const reading = readDeadline(
      "Mở đợt cao điểm tấn công, trấn áp tội phạm ma túy từ ngày 15/01/2026 đến ngày 28/02/2026.",
      plan,
    );
    expect(reading?.rule).toEqual({ kind: "fixed", date: "2026-02-28", before: false });
    expect(reading?.quote).toBe("từ ngày 15/01/2026 đến ngày 28/02/2026");
    expect(reading?.note).toContain("đợt thực hiện");
  });

  it("keeps the due days of a half-yearly rule", () => {
    const reading = readDeadline(
      "Các đơn vị báo cáo kết quả định kỳ 06 tháng (trước ngày 15/6 và 15/12) về Công an tỉnh.",
      plan,
    );
    expect(reading?.rule).toEqual({
      kind: "recurring",
      frequency: "half_yearly",
      dueDay: 15,
      before: true,
      dueOffsetMonths: 0,
      from: "2026-01-01",
      until: "2026-12-31",
    });
    expect(reading?.quote).toBe("định kỳ 06 tháng (trước ngày 15/6 và 15/12)");
    expect(readDeadline("báo cáo hằng năm (trước ngày 10/01)", plan)?.rule).toMatchObject({
      frequency: "yearly",
      dueDay: 10,
      dueOffsetMonths: 1,
    });
  });
});
