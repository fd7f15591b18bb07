import { describe, expect, it } from "vitest";
import { describeRef } from "./describeRef";

describe("describeRef", () => {
  it("says a ref the way the document numbers it", () => {
    expect(describeRef("§II.4.b")).toBe("mục II.4.b");
    expect(describeRef("§IV.1-2")).toBe("mục IV.1, ý thứ 2");
    expect(describeRef("§3-p2")).toBe("mục 3, đoạn thứ 2");
    expect(describeRef("§I.2-2.t1")).toBe("mục I.2, ý thứ 2, chỉ tiêu thứ 1");
    expect(describeRef("§II.3.g.t3")).toBe("mục II.3.g, chỉ tiêu thứ 3");
    expect(describeRef("§6")).toBe("mục 6");
  });
});
