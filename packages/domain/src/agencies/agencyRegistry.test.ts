import { describe, expect, it } from "vitest";
import { agencies, agencyCodes, agencyName, isAgencyCode } from "./agencyRegistry";

describe("agency registry", () => {
  it("names every code in Vietnamese and English", () => {
    expect(agencies).toHaveLength(agencyCodes.length);
    for (const agency of agencies) {
      expect(agency.nameVi.length).toBeGreaterThan(3);
      expect(agency.nameEn.length).toBeGreaterThan(3);
    }
  });

  it("recognises codes and rejects others", () => {
    expect(isAgencyCode("border_guard")).toBe(true);
    expect(isAgencyCode("Border Guard")).toBe(false);
    expect(agencyName("health")).toBe("Sở Y tế");
  });
});
