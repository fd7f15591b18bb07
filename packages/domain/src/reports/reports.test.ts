import { describe, expect, it } from "vitest";
import type { Actor } from "../access/Actor";
import { decideReportAction, nextReportState } from "./ReportState";
import { reportingTimeliness } from "./reportingTimeliness";

const actor = (role: Actor["role"], agencyCode: Actor["agencyCode"], provinceCode = "quang_tri"): Actor => ({
  userId: "u",
  username: "u",
  displayName: "U",
  role,
  agencyCode,
  provinceCode,
});
const report = (state: "draft" | "submitted" | "accepted" | "returned") => ({ agencyCode: "health", provinceCode: "quang_tri", state });

describe("report actions", () => {
  it("lets the agency edit and submit a draft or a returned report", () => {
    for (const state of ["draft", "returned"] as const) {
      expect(decideReportAction(actor("agency_officer", "health"), report(state), "edit").allowed).toBe(true);
      expect(decideReportAction(actor("agency_officer", "health"), report(state), "submit").allowed).toBe(true);
    }
  });

  it("makes a submitted or accepted report read-only to its agency", () => {
    expect(decideReportAction(actor("agency_officer", "health"), report("submitted"), "edit")).toMatchObject({ allowed: false, reason: expect.stringContaining("đã gửi") });
    expect(decideReportAction(actor("agency_officer", "health"), report("accepted"), "submit").allowed).toBe(false);
  });

  it("refuses other agencies and other provinces", () => {
    expect(decideReportAction(actor("agency_officer", "police"), report("draft"), "edit").allowed).toBe(false);
    expect(decideReportAction(actor("agency_officer", "health", "ha_tinh"), report("draft"), "edit").allowed).toBe(false);
  });

  it("lets only the standing office of the province accept or return, and only a submitted report", () => {
    expect(decideReportAction(actor("standing_office", "police"), report("submitted"), "accept").allowed).toBe(true);
    expect(decideReportAction(actor("standing_office", "police"), report("submitted"), "return").allowed).toBe(true);
    expect(decideReportAction(actor("standing_office", "police"), report("draft"), "accept").allowed).toBe(false);
    expect(decideReportAction(actor("standing_office", "police", "ha_tinh"), report("submitted"), "accept").allowed).toBe(false);
    expect(decideReportAction(actor("steering_committee", null), report("submitted"), "accept").allowed).toBe(false);
    expect(decideReportAction(actor("agency_officer", "health"), report("submitted"), "accept").allowed).toBe(false);
  });

  it("moves through the states", () => {
    expect(nextReportState("draft", "submit")).toBe("submitted");
    expect(nextReportState("submitted", "return")).toBe("returned");
    expect(nextReportState("returned", "submit")).toBe("submitted");
    expect(nextReportState("submitted", "accept")).toBe("accepted");
  });
});

describe("reportingTimeliness", () => {
  it("is on time up to the due date and late after it", () => {
    expect(reportingTimeliness("2024-05-16", "2024-05-16", "2024-06-01")).toEqual({ timeliness: "on_time", daysLate: 0, overdue: false });
    expect(reportingTimeliness("2024-05-16", "2024-05-20", "2024-06-01")).toEqual({ timeliness: "late", daysLate: 4, overdue: false });
  });

  it("says how late a missing report is", () => {
    expect(reportingTimeliness("2024-05-16", null, "2024-05-10")).toEqual({ timeliness: "not_submitted", daysLate: 0, overdue: false });
    expect(reportingTimeliness("2024-05-16", null, "2024-05-26")).toEqual({ timeliness: "not_submitted", daysLate: 10, overdue: true });
  });

  it("counts across month and year ends", () => {
    expect(reportingTimeliness("2024-12-16", "2025-01-02", "2025-01-05").daysLate).toBe(17);
    expect(reportingTimeliness("2024-02-28", "2024-03-01", "2024-03-05").daysLate).toBe(2);
  });
});

describe("taskStatus", () => {
  it("is what was reported, done stays done, and an unfinished task past its deadline is overdue", async () => {
    const { taskStatus } = await import("./ReportState");
    expect(taskStatus(null, null, "2024-06-01")).toBe("not_started");
    expect(taskStatus("in_progress", "2024-12-31", "2024-06-01")).toBe("in_progress");
    expect(taskStatus("in_progress", "2024-05-19", "2024-06-01")).toBe("overdue");
    expect(taskStatus(null, "2024-05-19", "2024-06-01")).toBe("overdue");
    expect(taskStatus("done", "2024-05-19", "2024-06-01")).toBe("done");
  });
});
