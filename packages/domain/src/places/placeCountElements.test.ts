import { describe, expect, it } from "vitest";
import {
  countedAtLevel,
  countedFor,
  countedPlaces,
  placeCountElement,
  placeCountElements,
  placeCountRefusal,
} from "./placeCountElements";

const units = [
  { code: "d1", level: "district", validFrom: null, validTo: "2025-06-30" },
  { code: "c-old", level: "commune", validFrom: null, validTo: "2025-06-30" },
  { code: "c1", level: "commune", validFrom: "2025-07-01", validTo: null },
  { code: "c2", level: "commune", validFrom: "2025-07-01", validTo: null },
  { code: "c3", level: "commune", validFrom: "2025-07-01", validTo: "2026-03-31" },
] as const;

describe("elements the platform counts from the place hierarchy", () => {
  it("knows communes_total by its code or by a document's element id, and nothing else", () => {
    expect(placeCountElement("communes_total")).toMatchObject({ level: "commune", unit: "commune" });
    expect(placeCountElement("nq-tn#communes_total")).toBe(placeCountElement("communes_total"));
    expect(placeCountElement("nq-tn#drug_free_communes")).toBeNull();
    expect(placeCountElement("communes_total_2")).toBeNull();
    expect(new Set(placeCountElements.map((e) => e.code)).size).toBe(placeCountElements.length);
  });

  it("counts the communes that exist on the period's last day, and none for a period reported per district", () => {
    const communes = placeCountElement("communes_total")!;
    expect(countedPlaces(communes, units, "2025-07")?.map((u) => u.code)).toEqual(["c1", "c2", "c3"]);
    // A year is counted at its end: c3 was gone by 31/12/2026.
    expect(countedPlaces(communes, units, "2026")?.map((u) => u.code)).toEqual(["c1", "c2"]);
    expect(countedPlaces(communes, units, "2026-03")).toHaveLength(3);
    expect(countedPlaces(communes, units, "2026-04")).toHaveLength(2);
    // Before 1/7/2025 places report per district and the hierarchy holds only some communes: nothing is counted.
    expect(countedPlaces(communes, units, "2025-06")).toBeNull();
    expect(countedPlaces(communes, units, "2024")).toBeNull();
  });

  it("says, for each period, whether the hierarchy counts an element or its values are typed", () => {
    const communes = placeCountElement("communes_total")!;
    // Reported per commune (from 1/7/2025): counted, by code or by a document's element id.
    for (const period of ["2025-07", "2025-10", "2025-H2", "2025-Q3", "2025", "2026-01", "2025-07-15"])
      expect(countedFor("kh-ctpcmt-2021-2025-thai-nguyen#communes_total", period)).toBe(communes);
    expect(countedFor("communes_total", "2025-10")).toBe(communes);
    // Reported per district (ending before 1/7/2025): the hierarchy cannot count communes, the values are typed.
    for (const period of ["2024-12", "2024-H2", "2024", "2025-06", "2025-H1", "2025-Q2", "2021", "2025-06-30"])
      expect(countedFor("kh-ctpcmt-2021-2025-thai-nguyen#communes_total", period)).toBeNull();
    // Any other element is typed whatever the period.
    expect(countedFor("kh-ctpcmt-2021-2025-thai-nguyen#communes_reached_by_propaganda", "2025-10")).toBeNull();
    expect(countedFor("kh-ctpcmt-2021-2025-thai-nguyen#communes_reached_by_propaganda", "2024-12")).toBeNull();
    // The same rule by place level.
    expect(countedAtLevel(communes, "commune")).toBe(true);
    expect(countedAtLevel(communes, "district")).toBe(false);
    // What the hierarchy counts follows the rule: nothing where the element is typed.
    expect(countedPlaces(communes, units, "2025-10")).toHaveLength(3);
    expect(countedPlaces(communes, units, "2024-12")).toBeNull();
  });

  it("words the refusal of a typed value in Vietnamese, saying where the figure comes from", () => {
    expect(placeCountRefusal("Tổng số xã, phường, đặc khu", placeCountElement("communes_total")!)).toBe(
      "“Tổng số xã, phường, đặc khu” do hệ thống tự tính (số xã, phường, đặc khu của tỉnh còn hiệu lực vào ngày cuối kỳ trong danh mục địa bàn), không nhập số liệu cho chỉ tiêu này",
    );
  });
});
