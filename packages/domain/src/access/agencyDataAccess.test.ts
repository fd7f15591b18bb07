import { describe, expect, it } from "vitest";
import type { Actor } from "./Actor";
import { agencyDataReadScope, canReadAgencyData, decideAgencyWrite } from "./agencyDataAccess";

const officer = (agencyCode: Actor["agencyCode"], provinceCode = "thai_nguyen"): Actor => ({
  userId: "u1",
  username: "yte",
  displayName: "Cán bộ Sở Y tế",
  role: "agency_officer",
  agencyCode,
  provinceCode,
});

describe("decideAgencyWrite", () => {
  it("lets an officer write its own agency's data in its province", () => {
    expect(decideAgencyWrite(officer("health"), { agencyCode: "health", provinceCode: "thai_nguyen" })).toEqual({
      allowed: true,
    });
  });

  it("refuses another agency's data", () => {
    expect(decideAgencyWrite(officer("health"), { agencyCode: "police", provinceCode: "thai_nguyen" })).toEqual({
      allowed: false,
      reason: "other_agency",
    });
  });

  it("refuses the same agency of another province", () => {
    expect(decideAgencyWrite(officer("health"), { agencyCode: "health", provinceCode: "quang_tri" })).toEqual({
      allowed: false,
      reason: "other_province",
    });
  });

  it("refuses oversight roles, which review but do not edit agency registers", () => {
    for (const role of ["standing_office", "steering_committee"] as const) {
      const actor: Actor = { ...officer("police"), role };
      expect(decideAgencyWrite(actor, { agencyCode: "police", provinceCode: "thai_nguyen" }).allowed).toBe(false);
    }
  });

  it("lets an administrator correct any agency's data", () => {
    const admin: Actor = { ...officer(null, "thai_nguyen"), role: "admin" };
    expect(decideAgencyWrite(admin, { agencyCode: "customs", provinceCode: "quang_tri" }).allowed).toBe(true);
  });
});

describe("canReadAgencyData", () => {
  it("lets the standing office read every agency of its province but not of another", () => {
    const office: Actor = { ...officer("police"), role: "standing_office" };
    expect(canReadAgencyData(office, { agencyCode: "health", provinceCode: "thai_nguyen" })).toBe(true);
    expect(canReadAgencyData(office, { agencyCode: "health", provinceCode: "ha_tinh" })).toBe(false);
  });

  it("keeps an officer to its own agency", () => {
    expect(canReadAgencyData(officer("health"), { agencyCode: "health", provinceCode: "thai_nguyen" })).toBe(true);
    expect(canReadAgencyData(officer("health"), { agencyCode: "police", provinceCode: "thai_nguyen" })).toBe(false);
  });

  it("is one scope: what registers and plugin procedures filter their rows by", () => {
    expect(agencyDataReadScope(officer("health"))).toEqual({ agencyCode: "health", provinceCode: "thai_nguyen" });
    expect(agencyDataReadScope({ ...officer("police"), role: "steering_committee", agencyCode: null })).toEqual({
      agencyCode: null,
      provinceCode: "thai_nguyen",
    });
    expect(agencyDataReadScope({ ...officer("police"), role: "admin", agencyCode: null, provinceCode: null })).toEqual({
      agencyCode: null,
      provinceCode: null,
    });
  });
});
