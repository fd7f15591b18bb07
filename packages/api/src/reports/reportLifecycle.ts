import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type Actor, describePeriod, formatDay, nextReportState, periodBounds } from "@pcmt/domain";
import { type RequestContext, recordAudit, TRPCError, z } from "@pcmt/plugin-sdk";
import { addMonths, format } from "date-fns";
import { loadDataGrid } from "../dataEntry/dataGrid";
import { unconfirmedCopies } from "../dataEntry/valueNotes";
import { notify } from "../notifications/notify";
import { agencyOfficers } from "../notifications/recipients";
import { latestProgress } from "./myWork";
import { loadReport, type ReportRow, requireReportAction } from "./reportAccess";
import { isOneOffPeriod, reportSchedule, tasksForReport } from "./reportSchedule";
import { fullReport, today } from "./reportView";

/*
 * A report's life — opened for a scheduled period, saved as a draft, submitted, accepted or returned (reopened when
 * accepted) — with the domain's rules (decideReportAction, nextReportState) applied and every step audited.
 */

export const TaskProgress = z.object({
  taskId: z.string().min(1).max(300),
  status: z.enum(
    ["not_started", "in_progress", "done"],
    "Trạng thái phải là chưa thực hiện, đang thực hiện hoặc hoàn thành",
  ),
  narrative: z.string().max(20_000, "Nội dung tối đa 20.000 ký tự"),
});
export type TaskProgress = z.infer<typeof TaskProgress>;

function staleVersion(current: number): never {
  throw new TRPCError({
    code: "CONFLICT",
    message: `Báo cáo đã được người khác lưu (phiên bản ${current}) sau khi bạn mở. Nội dung của bạn chưa được lưu: hãy xem bản mới rồi gộp lại.`,
  });
}

/** A period that has not begun has no report yet: nothing to fill in, nothing to submit. */
export function requirePeriodStarted(period: string, day: string) {
  if (isOneOffPeriod(period)) return;
  const { start } = periodBounds(period);
  if (start > day)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Kỳ ${describePeriod(period).toLowerCase()} chưa bắt đầu (từ ${formatDay(start)}): chưa lập được báo cáo.`,
    });
}

/** What a submission contained: the summary, each task's progress and every value of the grid (to compare versions). */
async function snapshotOf(db: Kysely<CoreDatabase>, report: ReportRow) {
  const items = await db
    .selectFrom("report_items")
    .select(["task_id as taskId", "status", "narrative"])
    .where("report_id", "=", report.id)
    .orderBy("task_id")
    .execute();
  const grid = await loadDataGrid(db, report);
  const values = grid.cells
    .filter((c) => c.value !== null)
    .map((c) => ({ orgUnit: c.orgUnit, elementId: c.elementId, value: c.value }));
  return { summary: report.summary, items, values };
}

/** Opens the officer's report for a scheduled period, creating its draft with the tasks it accounts for. */
export async function openReport(ctx: RequestContext & { actor: Actor }, input: { period: string }) {
  const { agencyCode, provinceCode } = ctx.actor;
  if (!agencyCode || !provinceCode)
    throw new TRPCError({ code: "FORBIDDEN", message: "Tài khoản chưa gắn với cơ quan và tỉnh." });
  const existing = await ctx.db
    .selectFrom("reports")
    .selectAll()
    .where("agency_code", "=", agencyCode)
    .where("province_code", "=", provinceCode)
    .where("period", "=", input.period)
    .executeTakeFirst();
  if (existing) return fullReport(ctx.db, existing);
  requirePeriodStarted(input.period, today());
  const schedule = await reportSchedule(
    ctx.db,
    agencyCode,
    provinceCode,
    "2000-01-01",
    format(addMonths(new Date(), 24), "yyyy-MM-dd"),
  );
  const scheduled = schedule.find((s) => s.period === input.period);
  if (!scheduled)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Kỳ ${input.period} không có trong lịch báo cáo của cơ quan.`,
    });
  const taskIds = await tasksForReport(ctx.db, agencyCode, scheduled, provinceCode);
  const report = await ctx.db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto("reports")
      .values({
        agency_code: agencyCode,
        province_code: provinceCode,
        period: input.period,
        due_date: scheduled.dueDate,
        state: "draft",
      })
      .onConflict((oc) => oc.constraint("reports_agency_period_uq").doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!created)
      return await trx
        .selectFrom("reports")
        .selectAll()
        .where("agency_code", "=", agencyCode)
        .where("province_code", "=", provinceCode)
        .where("period", "=", input.period)
        .executeTakeFirstOrThrow();
    if (taskIds.length > 0) {
      // A new report starts from the progress last reported on each task.
      const progress = await latestProgress(trx, agencyCode, provinceCode);
      await trx
        .insertInto("report_items")
        .values(
          taskIds.map((taskId) => ({
            report_id: created.id,
            task_id: taskId,
            status: progress.get(taskId)?.status ?? ("not_started" as const),
            narrative: "",
          })),
        )
        .execute();
    }
    await recordAudit(
      { ...ctx, db: trx },
      { action: "report.create", entity: "report", entityId: created.id, after: { period: input.period, agencyCode } },
    );
    return created;
  });
  return fullReport(ctx.db, report);
}

/** Saves the draft; refused when someone saved in between (the version read is stale), so nothing is overwritten. */
export async function saveDraft(
  ctx: RequestContext & { actor: Actor },
  input: { reportId: string; expectedVersion: number; summary: string; items: TaskProgress[] },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const report = await loadReport(trx, input.reportId);
    requireReportAction(ctx.actor, report, "edit");
    const known = new Set(
      (await trx.selectFrom("report_items").select("task_id").where("report_id", "=", report.id).execute()).map(
        (r) => r.task_id,
      ),
    );
    const unknown = input.items.filter((i) => !known.has(i.taskId));
    if (unknown.length > 0)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Nhiệm vụ không thuộc báo cáo này: ${unknown.map((u) => u.taskId).join(", ")}`,
      });
    const before = await snapshotOf(trx, report);
    const updated = await trx
      .updateTable("reports")
      .set((eb) => ({ summary: input.summary, version: eb("version", "+", 1), updated_at: new Date() }))
      .where("id", "=", report.id)
      .where("version", "=", input.expectedVersion)
      .returningAll()
      .executeTakeFirst();
    if (!updated) staleVersion(report.version);
    for (const item of input.items) {
      await trx
        .updateTable("report_items")
        .set({ status: item.status, narrative: item.narrative })
        .where("report_id", "=", report.id)
        .where("task_id", "=", item.taskId)
        .execute();
    }
    const after = await snapshotOf(trx, updated);
    await recordAudit(
      { ...ctx, db: trx },
      { action: "report.save", entity: "report", entityId: report.id, before, after },
    );
    return fullReport(trx, updated);
  });
}

/** Sends the report to the standing office: refused while copied values wait for confirmation; the version kept. */
export async function submitReport(
  ctx: RequestContext & { actor: Actor },
  input: { reportId: string; expectedVersion: number },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const report = await loadReport(trx, input.reportId);
    requireReportAction(ctx.actor, report, "submit");
    const copies = await unconfirmedCopies(
      trx,
      report,
      (await loadDataGrid(trx, report)).elements.map((e) => e.id),
    );
    if (copies > 0) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Còn ${copies} ô số liệu sao chép từ kỳ trước chưa được xác nhận. Hãy kiểm tra và xác nhận (hoặc sửa) trước khi gửi.`,
      });
    }
    const now = new Date();
    const updated = await trx
      .updateTable("reports")
      .set((eb) => ({
        state: nextReportState(report.state, "submit"),
        version: eb("version", "+", 1),
        first_submitted_at: report.first_submitted_at ?? now,
        last_submitted_at: now,
        updated_at: now,
      }))
      .where("id", "=", report.id)
      .where("version", "=", input.expectedVersion)
      .returningAll()
      .executeTakeFirst();
    if (!updated) staleVersion(report.version);
    const count = await trx
      .selectFrom("report_versions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("report_id", "=", report.id)
      .executeTakeFirstOrThrow();
    const snapshot = await snapshotOf(trx, updated);
    await trx
      .insertInto("report_versions")
      .values({
        report_id: report.id,
        number: Number(count.n) + 1,
        submitted_at: now,
        submitted_by: ctx.actor.userId,
        snapshot: JSON.stringify(snapshot),
      })
      .execute();
    await recordAudit(
      { ...ctx, db: trx },
      {
        action: "report.submit",
        entity: "report",
        entityId: report.id,
        before: { state: report.state },
        after: { state: "submitted" },
      },
    );
    return fullReport(trx, updated);
  });
}

export type ReviewDecision =
  { reportId: string; decision: "accept" } | { reportId: string; decision: "return"; reason: string };

/** Returning or reopening a report says why, in at least five characters — its field named as what it is. */
function requireReason(reason: string, reopening: boolean) {
  const checked = z
    .object({
      reason: z
        .string()
        .trim()
        .min(5, reopening ? "Nêu lý do mở lại (ít nhất 5 ký tự)" : "Nêu lý do trả lại (ít nhất 5 ký tự)"),
    })
    .safeParse({ reason });
  if (!checked.success)
    throw new TRPCError({ code: "BAD_REQUEST", message: checked.error.issues[0]!.message, cause: checked.error });
}

/**
 * The standing office accepts a submitted report or returns it with its reason; returning an accepted report
 * reopens it (mở lại) — the only way its values change again — and is audited as such. The agency is told.
 */
export async function reviewReport(ctx: RequestContext & { actor: Actor }, input: ReviewDecision) {
  return ctx.db.transaction().execute(async (trx) => {
    const report = await loadReport(trx, input.reportId);
    requireReportAction(ctx.actor, report, input.decision);
    if (input.decision === "return") requireReason(input.reason, report.state === "accepted");
    const state = nextReportState(report.state, input.decision);
    const updated = await trx
      .updateTable("reports")
      .set((eb) => ({
        state,
        version: eb("version", "+", 1),
        reviewed_at: new Date(),
        reviewed_by: ctx.actor.userId,
        return_reason: input.decision === "return" ? input.reason : null,
        updated_at: new Date(),
      }))
      .where("id", "=", report.id)
      .where("state", "=", report.state)
      .returningAll()
      .executeTakeFirst();
    if (!updated)
      throw new TRPCError({ code: "CONFLICT", message: "Báo cáo vừa thay đổi trạng thái. Tải lại để xem." });
    await recordAudit(
      { ...ctx, db: trx },
      {
        action:
          input.decision === "return" && report.state === "accepted" ? "report.reopen" : `report.${input.decision}`,
        entity: "report",
        entityId: report.id,
        before: { state: report.state },
        after: { state, reason: input.decision === "return" ? input.reason : null },
      },
    );
    // The agency's officers are told, in the app and by e-mail.
    await notify(trx, await agencyOfficers(trx, report.agency_code, report.province_code), {
      kind: input.decision === "accept" ? "accepted" : "returned",
      reportId: report.id,
      params: {
        period: report.period,
        agencyCode: report.agency_code,
        provinceCode: report.province_code,
        ...(input.decision === "return" ? { reason: input.reason } : {}),
      },
    });
    return fullReport(trx, updated);
  });
}
