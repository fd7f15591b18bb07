import { describe, expect, it } from "vitest";
import { placesExpectedIn, reportingLevelFor } from "./expectedPlaces";

const units = [
  { code: "d1", level: "district", validFrom: null, validTo: "2025-06-30" },
  { code: "d2", level: "district", validFrom: null, validTo: "2025-06-30" },
  { code: "c-old", level: "commune", validFrom: null, validTo: "2025-06-30" },
  { code: "c1", level: "commune", validFrom: "2025-07-01", validTo: null },
  { code: "c2", level: "commune", validFrom: "2025-07-01", validTo: null },
  { code: "c3", level: "commune", validFrom: "2025-07-01", validTo: null },
] as const;

describe("places expected to report", () => {
  it("are the districts before the reform of 1/7/2025 and today's communes after it", () => {
    expect(reportingLevelFor("2025-06")).toBe("district");
    expect(reportingLevelFor("2025-07")).toBe("commune");
    expect(reportingLevelFor("2025")).toBe("commune");
    expect(placesExpectedIn(units, "2024-05").map((u) => u.code)).toEqual(["d1", "d2"]);
    expect(placesExpectedIn(units, "2026-11").map((u) => u.code)).toEqual(["c1", "c2", "c3"]);
    // A year spanning the reform is reported by the communes that exist at its end.
    expect(placesExpectedIn(units, "2025").map((u) => u.code)).toEqual(["c1", "c2", "c3"]);
  });
});
