import { describe, expect, it } from "vitest";
import type { Actor } from "../access/Actor";
import { decideReportAction, nextReportState } from "./ReportState";
import { reportingTimeliness, reportStanding } from "./reportingTimeliness";

const actor = (role: Actor["role"], agencyCode: Actor["agencyCode"], provinceCode = "quang_tri"): Actor => ({
  userId: "u",
  username: "u",
  displayName: "U",
  role,
  agencyCode,
  provinceCode,
});
const report = (state: "draft" | "submitted" | "accepted" | "returned") => ({
  agencyCode: "health",
  provinceCode: "quang_tri",
  state,
});

describe("report actions", () => {
  it("lets the agency edit and submit a draft or a returned report", () => {
    for (const state of ["draft", "returned"] as const) {
      expect(decideReportAction(actor("agency_officer", "health"), report(state), "edit").allowed).toBe(true);
      expect(decideReportAction(actor("agency_officer", "health"), report(state), "submit").allowed).toBe(true);
    }
  });

  it("makes a submitted or accepted report read-only to its agency", () => {
    expect(decideReportAction(actor("agency_officer", "health"), report("submitted"), "edit")).toMatchObject({
      allowed: false,
      reason: expect.stringContaining("đã gửi"),
    });
    expect(decideReportAction(actor("agency_officer", "health"), report("accepted"), "submit").allowed).toBe(false);
  });

  it("refuses other agencies and other provinces", () => {
    expect(decideReportAction(actor("agency_officer", "police"), report("draft"), "edit").allowed).toBe(false);
    expect(decideReportAction(actor("agency_officer", "health", "ha_tinh"), report("draft"), "edit").allowed).toBe(
      false,
    );
  });

  it("lets only the standing office of the province accept or return, and only a submitted report", () => {
    expect(decideReportAction(actor("standing_office", "police"), report("submitted"), "accept").allowed).toBe(true);
    expect(decideReportAction(actor("standing_office", "police"), report("submitted"), "return").allowed).toBe(true);
    expect(decideReportAction(actor("standing_office", "police"), report("draft"), "accept").allowed).toBe(false);
    expect(decideReportAction(actor("standing_office", "police"), report("draft"), "return").allowed).toBe(false);
    // Reopening an accepted report is returning it, with a reason; accepting it twice is not a thing.
    expect(decideReportAction(actor("standing_office", "police"), report("accepted"), "return").allowed).toBe(true);
    expect(decideReportAction(actor("standing_office", "police"), report("accepted"), "accept").allowed).toBe(false);
    expect(
      decideReportAction(actor("standing_office", "police", "ha_tinh"), report("submitted"), "accept").allowed,
    ).toBe(false);
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
    expect(reportingTimeliness("2024-05-16", "2024-05-16", "2024-06-01")).toEqual({
      timeliness: "on_time",
      daysLate: 0,
      overdue: false,
    });
    expect(reportingTimeliness("2024-05-16", "2024-05-20", "2024-06-01")).toEqual({
      timeliness: "late",
      daysLate: 4,
      overdue: false,
    });
  });

  it("says how late a missing report is, and never calls a report late that still has time", () => {
    expect(reportingTimeliness("2024-05-16", null, "2024-05-10")).toEqual({
      timeliness: "not_due",
      daysLate: 0,
      overdue: false,
    });
    expect(reportingTimeliness("2024-05-16", null, "2024-05-16")).toEqual({
      timeliness: "not_due",
      daysLate: 0,
      overdue: false,
    });
    expect(reportingTimeliness("2024-05-16", null, "2024-05-26")).toEqual({
      timeliness: "not_submitted",
      daysLate: 10,
      overdue: true,
    });
  });

  it("shows a returned report as waiting to be sent again, its first submission's timeliness kept", () => {
    const returned = reportStanding("2026-11-16", { state: "returned", firstSubmittedOn: "2026-11-14" }, "2026-12-01");
    expect(returned).toMatchObject({
      timeliness: "on_time",
      awaitingResubmission: true,
      label: "Trả lại — chờ gửi lại (lần đầu: đúng hạn)",
    });
    expect(
      reportStanding("2026-11-16", { state: "returned", firstSubmittedOn: "2026-11-19" }, "2026-12-01").label,
    ).toBe("Trả lại — chờ gửi lại (lần đầu: muộn 3 ngày)");
    expect(reportStanding("2026-12-16", null, "2026-12-01")).toMatchObject({
      timeliness: "not_due",
      label: "Chưa đến hạn",
      awaitingResubmission: false,
    });
    expect(reportStanding("2026-11-16", null, "2026-12-01").label).toBe("Chưa gửi (quá hạn 15 ngày)");
    expect(reportStanding("2026-11-16", { state: "draft", firstSubmittedOn: null }, "2026-12-01").label).toBe(
      "Chưa gửi (quá hạn 15 ngày)",
    );
    expect(
      reportStanding("2026-11-16", { state: "accepted", firstSubmittedOn: "2026-11-20" }, "2026-12-01").label,
    ).toBe("Muộn 4 ngày");
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
