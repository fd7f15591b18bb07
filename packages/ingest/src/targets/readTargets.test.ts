import { describe, expect, it } from "vitest";
import { readTargets } from "./readTargets";

const one = (text: string) => {
  const [target, ...rest] = readTargets(text);
  expect(rest).toEqual([]);
  return target && { ...target, words: text.slice(target.start, target.end) };
};

describe("readTargets", () => {
  it("reads figures with their comparator and baseline", () => {
    expect(one("Trên 80% số người nghiện được tiếp cận dịch vụ điều trị")).toMatchObject({
      comparator: ">",
      target: 80,
      unit: "percent",
      baseline: null,
    });
    expect(one("số vụ phát hiện tăng từ 5% trở lên so với năm 2023")).toMatchObject({
      comparator: ">=",
      target: 5,
      baseline: "previous_year",
      doubt: null,
    });
    expect(one("tuyên truyền tại 100% số xã, phường")).toMatchObject({ comparator: ">=", target: 100 });
    expect(
      one("kiềm chế tỷ lệ gia tăng số người nghiện ma túy và số xã, phường dưới 1% so với năm trước"),
    ).toMatchObject({
      comparator: "<",
      target: 1,
      baseline: "previous_year",
    });
    expect(one("không để phát sinh diện tích trồng cây có chứa chất ma túy")).toMatchObject({
      comparator: "=",
      target: 0,
      unit: "hectare",
    });
  });

  it("reads targets stated in words", () => {
    expect(one("giảm số xã, phường có tệ nạn ma túy")).toMatchObject({
      comparator: "<",
      target: 0,
      baseline: "previous_year",
    });
    expect(one("giữ vững số xã, phường không có tệ nạn ma túy")).toMatchObject({
      comparator: ">=",
      target: 0,
      baseline: "previous_year",
    });
    expect(one("lập hồ sơ đưa toàn bộ số người nghiện vào diện quản lý")).toMatchObject({
      comparator: ">=",
      target: 100,
      unit: "percent",
    });
    expect(one("có giải pháp giữ vững 02 địa bàn đang trong giai đoạn thử thách")).toMatchObject({
      comparator: "=",
      target: 2,
      unit: "location",
    });
  });

  it("reads a minimum count: “ít nhất 01 …”, “tối thiểu 02 …”, “phấn đấu … phải có …” (≥ 1), never a percentage", () => {
    expect(one("bảo đảm mỗi xã, phường có ít nhất 01 mô hình tự quản về an ninh trật tự")).toMatchObject({
      comparator: ">=",
      target: 1,
      unit: "count",
      baseline: null,
    });
    expect(one("tổ chức tối thiểu 02 lớp tập huấn nghiệp vụ cho cán bộ cấp xã")).toMatchObject({
      comparator: ">=",
      target: 2,
    });
    expect(one("phấn đấu trong năm 2026 phải có cơ sở cai nghiện tự nguyện được cấp phép hoạt động")).toMatchObject({
      comparator: ">=",
      target: 1,
      unit: "facility",
      doubt: expect.stringMatching(/ít nhất 01/),
    });
    expect(one("phấn đấu mỗi huyện có 02 đội xung kích phòng, chống ma túy")).toMatchObject({ target: 2, doubt: null });
    expect(one("tăng ít nhất 10% số vụ bắt giữ so với năm trước")).toMatchObject({ target: 10, unit: "percent" });
  });

  it("reads places brought under transformation: “đưa (03) địa bàn … vào diện chuyển hóa” (≥ that many, else ≥ 1)", () => {
    expect(one("trong năm 2026 đưa 03 địa bàn trọng điểm về ma túy vào diện chuyển hóa")).toMatchObject({
      comparator: ">=",
      target: 3,
      unit: "location",
      doubt: null,
    });
    expect(one("năm 2025 đưa địa bàn xã Ia Tơi, huyện Ia H’Drai vào diện chuyển hóa")).toMatchObject({
      comparator: ">=",
      target: 1,
      unit: "location",
      doubt: expect.stringMatching(/ít nhất 01/),
    });
  });

  it("reads keeping what was recognised as 100% of it: “giữ vững” đối với các xã … đã được công nhận", () => {
    expect(
      one("duy trì các giải pháp “giữ vững” đối với các xã đã được công nhận đạt chuẩn an toàn về an ninh, trật tự"),
    ).toMatchObject({ comparator: ">=", target: 100, unit: "percent", baseline: null });
  });

  it("quotes the clause that states the target, and reads nothing where none is set", () => {
    expect(one("Tổ chức tập huấn; đảm bảo 100% cán bộ được tập huấn. Báo cáo kết quả")?.words).toBe(
      "đảm bảo 100% cán bộ được tập huấn",
    );
    expect(readTargets("không có trong danh sách quản lý người nghiện")).toEqual([]);
    expect(readTargets("Tăng cường công tác tuyên truyền")).toEqual([]);
    expect(readTargets("đưa người nghiện vào diện quản lý tại cộng đồng")).toEqual([]);
    expect(readTargets("giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn")).toEqual([]);
  });
});

describe("readTargets: a named base year", () => {
  it("reads “so với năm 2025” after the counted thing as the baseline, with no doubt", () => {
    expect(one("Giảm 10% số người nghiện so với năm 2025")).toMatchObject({
      comparator: "<=",
      target: -10,
      baseline: "previous_year",
      doubt: null,
    });
    expect(one("Giảm 5% số vụ phạm tội về ma túy so với cùng kỳ năm 2025")).toMatchObject({ doubt: null });
    expect(one("Giảm 5% số vụ phạm tội về ma túy")?.doubt).not.toBeNull();
  });
});
