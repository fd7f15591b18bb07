import { describe, expect, it } from "vitest";
import { fileNameSlug } from "./fileNameSlug";

describe("fileNameSlug", () => {
  it("writes Vietnamese names without marks, đ as d", () => {
    expect(fileNameSlug("Sở Lao động — Thương binh và Xã hội")).toBe("so-lao-dong-thuong-binh-va-xa-hoi");
    expect(fileNameSlug("Đắk Lắk 2026")).toBe("dak-lak-2026");
  });
});
