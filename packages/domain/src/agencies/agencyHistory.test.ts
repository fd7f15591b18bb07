import { describe, expect, it } from "vitest";
import { agencyForFunction, agencyNamesOn } from "./agencyHistory";

describe("agency history", () => {
  it("moves rehab from the labour department to the police on 1/3/2025", () => {
    const rehab = "Cai nghiện ma túy và quản lý sau cai nghiện";
    expect(agencyForFunction("labour", rehab, "2025-02-28")).toBe("labour");
    expect(agencyForFunction("labour", rehab, "2025-03-01")).toBe("police");
  });

  it("names the agriculture department by its name of the day", () => {
    expect(agencyNamesOn("agriculture", "2024-05-01")).toEqual(["Sở Nông nghiệp và Phát triển nông thôn"]);
    expect(agencyNamesOn("agriculture", "2025-08-01")).toEqual(["Sở Nông nghiệp và Môi trường"]);
  });
});
