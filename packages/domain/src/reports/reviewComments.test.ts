import { describe, expect, it } from "vitest";
import type { Actor } from "../access/Actor";
import { decideCommentAction } from "./reviewComments";

const officer: Actor = {
  userId: "u1",
  username: "yte",
  displayName: "Y tế",
  role: "agency_officer",
  agencyCode: "health",
  provinceCode: "quang_tri",
};
const office: Actor = { ...officer, userId: "u2", role: "standing_office", agencyCode: null };
const report = { agencyCode: "health", provinceCode: "quang_tri", state: "submitted" as const };

describe("decideCommentAction", () => {
  it("lets the province's standing office open and close threads on a report it received", () => {
    expect(decideCommentAction(office, report, "open")).toEqual({ allowed: true });
    expect(decideCommentAction(office, report, "resolve")).toEqual({ allowed: true });
    expect(decideCommentAction(office, { ...report, state: "draft" }, "open").allowed).toBe(false);
    expect(decideCommentAction({ ...office, provinceCode: "thai_nguyen" }, report, "open").allowed).toBe(false);
  });

  it("lets the report's agency answer, not open or close, and nobody else write", () => {
    expect(decideCommentAction(officer, report, "reply")).toEqual({ allowed: true });
    expect(decideCommentAction(officer, report, "open").allowed).toBe(false);
    expect(decideCommentAction(officer, report, "resolve").allowed).toBe(false);
    expect(decideCommentAction({ ...officer, agencyCode: "police" }, report, "reply").allowed).toBe(false);
    expect(
      decideCommentAction({ ...officer, role: "steering_committee", agencyCode: null }, report, "reply").allowed,
    ).toBe(false);
  });
});
