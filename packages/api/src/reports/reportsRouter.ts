import { ProvinceCode } from "@pcmt/domain";
import { createRouter, procedures, TRPCError, z } from "@pcmt/plugin-sdk";
import { myWork } from "./myWork";
import { officerSchedule } from "./officerSchedule";
import { loadReport, ReportId, ReportPeriod as Period, requireReportRead } from "./reportAccess";
import { reportDesk } from "./reportDesk";
import { removeEvidence } from "./reportEvidence";
import { reportHistory } from "./reportHistory";
import { openReport, reviewReport, saveDraft, submitReport, TaskProgress } from "./reportLifecycle";
import { fullReport } from "./reportView";

/** Periodic reports: the agency's schedule and drafts, submission, the standing office's review and desk. */
export const reportsRouter = createRouter({
  myWork,

  /** The officer's reports since its documents first asked for one and those of the coming months, with state and timeliness. */
  mySchedule: procedures.forRoles("agency_officer").query(({ ctx }) => officerSchedule(ctx)),

  /** Opens the officer's report for a scheduled period, creating its draft with the tasks it accounts for. */
  open: procedures
    .forRoles("agency_officer")
    .input(z.object({ period: Period }))
    .mutation(({ ctx, input }) => openReport(ctx, input)),

  get: procedures
    .signedIn()
    .input(z.object({ reportId: ReportId }))
    .query(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportRead(ctx.actor, report);
      return fullReport(ctx.db, report);
    }),

  /** Saves the draft; refused when someone saved in between (the version read is stale), so nothing is overwritten. */
  saveDraft: procedures
    .forRoles("agency_officer")
    .input(
      z.object({
        reportId: ReportId,
        expectedVersion: z.number().int().positive(),
        summary: z.string().max(50_000),
        items: z.array(TaskProgress).max(500),
      }),
    )
    .mutation(({ ctx, input }) => saveDraft(ctx, input)),

  submit: procedures
    .forRoles("agency_officer")
    .input(z.object({ reportId: ReportId, expectedVersion: z.number().int().positive() }))
    .mutation(({ ctx, input }) => submitReport(ctx, input)),

  /** The standing office accepts a submitted report, or returns (or reopens) it with a reason. */
  review: procedures
    .forRoles("standing_office")
    .input(
      z.discriminatedUnion("decision", [
        z.object({ reportId: ReportId, decision: z.literal("accept") }),
        z.object({
          reportId: ReportId,
          decision: z.literal("return"),
          // At least five characters, checked with the report's state: returning a submitted report, or reopening an accepted one.
          reason: z.string().trim().max(5000),
        }),
      ]),
    )
    .mutation(({ ctx, input }) => reviewReport(ctx, input)),

  removeEvidence: procedures
    .forRoles("agency_officer")
    .input(z.object({ evidenceId: z.uuid("Mã tệp không hợp lệ") }))
    .mutation(({ ctx, input }) => removeEvidence(ctx, input.evidenceId)),

  /** Every submitted version of a report, for comparison. */
  versions: procedures
    .signedIn()
    .input(z.object({ reportId: ReportId }))
    .query(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportRead(ctx.actor, report);
      return ctx.db
        .selectFrom("report_versions")
        .select(["number", "submitted_at as submittedAt", "snapshot"])
        .where("report_id", "=", report.id)
        .orderBy("number")
        .execute();
    }),

  /** Who changed what and when, from the audit table. */
  history: procedures
    .signedIn()
    .input(z.object({ reportId: ReportId }))
    .query(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportRead(ctx.actor, report);
      return reportHistory(ctx.db, report);
    }),

  /** The standing office's desk for a period (by default the latest whose deadline has passed). */
  desk: procedures
    .forRoles("standing_office", "steering_committee", "admin")
    .input(z.object({ period: Period.optional(), provinceCode: ProvinceCode.optional() }))
    .query(({ ctx, input }) => {
      const provinceCode = ctx.actor.provinceCode ?? input.provinceCode;
      if (!provinceCode) throw new TRPCError({ code: "BAD_REQUEST", message: "Chọn tỉnh." });
      return reportDesk(ctx.db, provinceCode, input.period);
    }),
});
