import { describe, expect, it } from "vitest";
import { plausibilityWarnings } from "./valuePlausibility";

const peers = [0, 1, 2, 3, 4, 5, 5, 6, 8, 10, 12, 15];

describe("plausibilityWarnings", () => {
  it("says nothing about a value like the place's own and its neighbours'", () => {
    expect(plausibilityWarnings(9, { history: [6, 8, 10], peers })).toEqual([]);
  });

  it("warns of a value far above the place's history and the province's places", () => {
    const warnings = plausibilityWarnings(1_234_567, { history: [6, 8, 10], peers });
    expect(warnings.map((w) => w.kind)).toEqual(["above_history", "above_peers"]);
    expect(warnings[0]).toMatchObject({ reference: 10, periods: 3 });
  });

  it("lets small counts move: 0, 1, 2 then 15 is not unusual", () => {
    expect(plausibilityWarnings(15, { history: [0, 1, 2], peers: [] })).toEqual([]);
    expect(plausibilityWarnings(23, { history: [0, 1, 2], peers: [] }).map((w) => w.kind)).toEqual(["above_history"]);
  });

  it("warns of a sharp drop only where the place usually reports sizeable numbers", () => {
    expect(plausibilityWarnings(10, { history: [60, 70, 65], peers: [] })).toEqual([
      { kind: "below_history", reference: 60, periods: 3 },
    ]);
    expect(plausibilityWarnings(0, { history: [3, 5, 4], peers: [] })).toEqual([]);
  });

  it("needs enough history and enough peers to judge", () => {
    expect(plausibilityWarnings(1_000_000, { history: [1, 2], peers: [1, 2, 3] })).toEqual([]);
  });

  it("warns of more people than the place has residents", () => {
    expect(plausibilityWarnings(9_500, { history: [], peers: [], population: { value: 8_214, year: 2025 } })).toEqual([
      { kind: "above_population", reference: 8_214, year: 2025 },
    ]);
    expect(plausibilityWarnings(120, { history: [], peers: [], population: { value: 8_214, year: 2025 } })).toEqual([]);
  });
});
