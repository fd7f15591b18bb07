import { describe, expect, it } from "vitest";
import { currentCommuneOf, type PlaceNode, rollUpPlaces } from "./rollUpPlaces";

const units = new Map<string, PlaceNode>(
  [
    { code: "qt", level: "province", parent: null, validTo: null, successors: [] },
    { code: "qt.huong_hoa", level: "district", parent: "qt", validTo: "2025-06-30", successors: [] },
    {
      code: "qt.huong_hoa.khe_sanh",
      level: "commune",
      parent: "qt.huong_hoa",
      validTo: "2025-06-30",
      successors: ["qt.khe_sanh"],
    },
    {
      code: "qt.huong_hoa.tan_hop",
      level: "commune",
      parent: "qt.huong_hoa",
      validTo: "2025-06-30",
      successors: ["qt.khe_sanh"],
    },
    {
      code: "qt.huong_hoa.tan_thanh",
      level: "commune",
      parent: "qt.huong_hoa",
      validTo: "2025-06-30",
      successors: ["qt.lao_bao"],
    },
    { code: "qt.khe_sanh", level: "commune", parent: "qt", validTo: null, successors: [] },
    { code: "qt.lao_bao", level: "commune", parent: "qt", validTo: null, successors: [] },
  ].map((u) => [u.code, u as PlaceNode]),
);

describe("places that changed", () => {
  it("finds today's commune of an old one", () => {
    expect(currentCommuneOf("qt.huong_hoa.tan_hop", units)).toBe("qt.khe_sanh");
    expect(currentCommuneOf("qt.lao_bao", units)).toBe("qt.lao_bao");
    expect(currentCommuneOf("qt.huong_hoa", units)).toBeNull();
    expect(currentCommuneOf("unknown", units)).toBeNull();
  });

  it("sums two merged communes' 2024 values into the commune that holds them today", () => {
    const rolled = rollUpPlaces(
      [
        { orgUnit: "qt.huong_hoa.khe_sanh", value: 12 },
        { orgUnit: "qt.huong_hoa.tan_hop", value: 5 },
        { orgUnit: "qt.huong_hoa.tan_thanh", value: 3 },
      ],
      units,
    );
    expect(Object.fromEntries(rolled.byCommune)).toEqual({ "qt.khe_sanh": 17, "qt.lao_bao": 3 });
    expect(rolled.total).toBe(20);
  });

  it("adds up a year spanning 1/7/2025: district figures before, commune figures after, each counted once", () => {
    const rolled = rollUpPlaces(
      [
        { orgUnit: "qt.huong_hoa", value: 40 }, // January–June 2025, entered per district
        { orgUnit: "qt.khe_sanh", value: 9 }, // July–December 2025, entered per commune
        { orgUnit: "qt.lao_bao", value: 6 },
      ],
      units,
    );
    expect(rolled.total).toBe(55);
    expect(rolled.unattributed).toBe(40);
    expect(Object.fromEntries(rolled.byCommune)).toEqual({ "qt.khe_sanh": 9, "qt.lao_bao": 6 });
  });
});
