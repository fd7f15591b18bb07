import { describe, expect, it } from "vitest";
import { sortByVietnameseName } from "./vietnameseOrder";

describe("sortByVietnameseName", () => {
  it("puts Vietnamese initials where a Vietnamese reader expects them", () => {
    const names = ["Vĩnh Linh", "Đông Hà", "Ái Tử", "Đakrông", "Cam Lộ", "Ba Lòng", "Dân Chủ"].map((name) => ({
      name,
    }));
    expect(sortByVietnameseName(names).map((n) => n.name)).toEqual([
      "Ái Tử",
      "Ba Lòng",
      "Cam Lộ",
      "Dân Chủ",
      "Đakrông",
      "Đông Hà",
      "Vĩnh Linh",
    ]);
  });
});
