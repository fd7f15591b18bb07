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

  it("quotes the clause that states the target, and reads nothing where none is set", () => {
    expect(one("Tổ chức tập huấn; đảm bảo 100% cán bộ được tập huấn. Báo cáo kết quả")?.words).toBe(
      "đảm bảo 100% cán bộ được tập huấn",
    );
    expect(readTargets("không có trong danh sách quản lý người nghiện")).toEqual([]);
    expect(readTargets("Tăng cường công tác tuyên truyền")).toEqual([]);
  });
});
