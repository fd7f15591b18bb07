import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type Actor, type CommentAction, decideCommentAction } from "@pcmt/domain";
import { type RequestContext, recordAudit, TRPCError } from "@pcmt/plugin-sdk";
import { loadDataGrid } from "../dataEntry/dataGrid";
import { notify } from "../notifications/notify";
import { agencyOfficers, standingOffice } from "../notifications/recipients";
import type { ReportRow } from "../reports/reportAccess";

/** What a thread is about: one task of the report, or one cell of its grid (a place × a data element). */
export type CommentTarget = { kind: "task"; taskId: string } | { kind: "cell"; orgUnit: string; elementId: string };

/** What the target held: the task's status and result, or the cell's value. */
export type TargetState = { kind: "task"; status: string; narrative: string } | { kind: "cell"; value: number | null };

export interface CommentThread {
  id: string;
  target: CommentTarget;
  /** "§3-p2", or "Đakrông — Số cơ sở y tế…": the target as a person reads it. */
  targetLabel: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** What the target held when the thread was opened, and now: a resubmission shows what changed. */
  then: TargetState | null;
  now: TargetState | null;
  changed: boolean;
  messages: { id: string; author: string | null; authorRole: string | null; body: string; at: string }[];
}

export function requireCommentAction(actor: Actor, report: ReportRow, action: CommentAction) {
  const decision = decideCommentAction(
    actor,
    { agencyCode: report.agency_code, provinceCode: report.province_code, state: report.state },
    action,
  );
  if (!decision.allowed) throw new TRPCError({ code: "FORBIDDEN", message: decision.reason });
}

/** The target's current state, after checking it belongs to the report (its tasks, its grid's cells). */
async function targetState(
  db: Kysely<CoreDatabase>,
  report: ReportRow,
  target: CommentTarget,
): Promise<{ state: TargetState; label: string }> {
  if (target.kind === "task") {
    const item = await db
      .selectFrom("report_items")
      .innerJoin("catalog_tasks", "catalog_tasks.id", "report_items.task_id")
      .select(["report_items.status", "report_items.narrative", "catalog_tasks.ref"])
      .where("report_items.report_id", "=", report.id)
      .where("report_items.task_id", "=", target.taskId)
      .executeTakeFirst();
    if (!item) throw new TRPCError({ code: "BAD_REQUEST", message: "Nhiệm vụ không thuộc báo cáo này." });
    return { state: { kind: "task", status: item.status, narrative: item.narrative }, label: item.ref };
  }
  const grid = await loadDataGrid(db, report);
  const unit = grid.units.find((u) => u.code === target.orgUnit);
  const element = grid.elements.find((e) => e.id === target.elementId);
  if (!unit || !element)
    throw new TRPCError({ code: "BAD_REQUEST", message: "Ô số liệu không thuộc biểu của báo cáo này." });
  const value = grid.cells.find((c) => c.orgUnit === target.orgUnit && c.elementId === target.elementId)?.value ?? null;
  return { state: { kind: "cell", value }, label: `${unit.name} — ${element.name}` };
}

const sameState = (a: TargetState | null, b: TargetState | null) => JSON.stringify(a) === JSON.stringify(b);

export async function listThreads(db: Kysely<CoreDatabase>, report: ReportRow): Promise<CommentThread[]> {
  const rows = await db
    .selectFrom("report_comments")
    .leftJoin("users as author", "author.id", "report_comments.author_user_id")
    .leftJoin("users as resolver", "resolver.id", "report_comments.resolved_by")
    .select([
      "report_comments.id",
      "report_comments.thread_id",
      "report_comments.task_id",
      "report_comments.org_unit_code",
      "report_comments.data_element_id",
      "report_comments.body",
      "report_comments.target_then",
      "report_comments.created_at",
      "report_comments.resolved_at",
      "author.display_name as author",
      "author.role as authorRole",
      "resolver.display_name as resolver",
    ])
    .where("report_comments.report_id", "=", report.id)
    .orderBy("report_comments.created_at")
    .orderBy("report_comments.id")
    .execute();
  const roots = rows.filter((r) => r.thread_id === null);
  if (roots.length === 0) return [];
  const grid = roots.some((r) => r.org_unit_code !== null) ? await loadDataGrid(db, report) : null;
  const items = await db
    .selectFrom("report_items")
    .innerJoin("catalog_tasks", "catalog_tasks.id", "report_items.task_id")
    .select(["report_items.task_id", "report_items.status", "report_items.narrative", "catalog_tasks.ref"])
    .where("report_items.report_id", "=", report.id)
    .execute();
  return roots.map((root) => {
    const target: CommentTarget = root.task_id
      ? { kind: "task", taskId: root.task_id }
      : { kind: "cell", orgUnit: root.org_unit_code ?? "", elementId: root.data_element_id ?? "" };
    let now: TargetState | null = null;
    let targetLabel = "";
    if (target.kind === "task") {
      const item = items.find((i) => i.task_id === target.taskId);
      now = item ? { kind: "task", status: item.status, narrative: item.narrative } : null;
      targetLabel = item?.ref ?? target.taskId;
    } else if (grid) {
      now = {
        kind: "cell",
        value: grid.cells.find((c) => c.orgUnit === target.orgUnit && c.elementId === target.elementId)?.value ?? null,
      };
      targetLabel = `${grid.units.find((u) => u.code === target.orgUnit)?.name ?? target.orgUnit} — ${grid.elements.find((e) => e.id === target.elementId)?.name ?? target.elementId}`;
    }
    const then = (root.target_then ?? null) as TargetState | null;
    return {
      id: root.id,
      target,
      targetLabel,
      resolvedAt: root.resolved_at ? new Date(root.resolved_at).toISOString() : null,
      resolvedBy: root.resolver ?? null,
      then,
      now,
      changed: !sameState(then, now),
      messages: rows
        .filter((r) => r.id === root.id || r.thread_id === root.id)
        .map((r) => ({
          id: r.id,
          author: r.author ?? null,
          authorRole: r.authorRole ?? null,
          body: r.body,
          at: new Date(r.created_at).toISOString(),
        })),
    };
  });
}

/** The office opens a thread on a task or a cell; what the target holds now is kept with it. */
export async function openThread(
  ctx: RequestContext & { actor: Actor },
  report: ReportRow,
  target: CommentTarget,
  body: string,
): Promise<string> {
  requireCommentAction(ctx.actor, report, "open");
  const { state, label } = await targetState(ctx.db, report, target);
  const row = await ctx.db
    .insertInto("report_comments")
    .values({
      report_id: report.id,
      thread_id: null,
      task_id: target.kind === "task" ? target.taskId : null,
      org_unit_code: target.kind === "cell" ? target.orgUnit : null,
      data_element_id: target.kind === "cell" ? target.elementId : null,
      author_user_id: ctx.actor.userId,
      body,
      target_then: JSON.stringify(state),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(ctx, {
    action: "report.comment",
    entity: "report",
    entityId: report.id,
    after: { commentId: row.id, target: label },
  });
  await notify(ctx.db, await agencyOfficers(ctx.db, report.agency_code, report.province_code), {
    kind: "commented",
    reportId: report.id,
    params: {
      period: report.period,
      agencyCode: report.agency_code,
      provinceCode: report.province_code,
      target: label,
    },
  });
  return row.id;
}

async function loadThread(db: Kysely<CoreDatabase>, report: ReportRow, threadId: string) {
  const root = await db
    .selectFrom("report_comments")
    .selectAll()
    .where("id", "=", threadId)
    .where("thread_id", "is", null)
    .executeTakeFirst();
  // A thread of another report is not found through this one.
  if (!root || root.report_id !== report.id)
    throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy trao đổi này trong báo cáo." });
  return root;
}

export async function replyInThread(
  ctx: RequestContext & { actor: Actor },
  report: ReportRow,
  threadId: string,
  body: string,
): Promise<string> {
  requireCommentAction(ctx.actor, report, "reply");
  const root = await loadThread(ctx.db, report, threadId);
  if (root.resolved_at) throw new TRPCError({ code: "BAD_REQUEST", message: "Trao đổi này đã được đóng." });
  const row = await ctx.db
    .insertInto("report_comments")
    .values({ report_id: report.id, thread_id: root.id, author_user_id: ctx.actor.userId, body, target_then: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(ctx, {
    action: "report.comment_reply",
    entity: "report",
    entityId: report.id,
    after: { commentId: row.id, threadId: root.id },
  });
  // The other side is told: the office when the agency answers, the agency when the office does.
  const others =
    ctx.actor.role === "agency_officer"
      ? await standingOffice(ctx.db, report.province_code)
      : await agencyOfficers(ctx.db, report.agency_code, report.province_code);
  const { label } = await targetState(
    ctx.db,
    report,
    root.task_id
      ? { kind: "task", taskId: root.task_id }
      : { kind: "cell", orgUnit: root.org_unit_code ?? "", elementId: root.data_element_id ?? "" },
  ).catch(() => ({ label: "" }));
  await notify(
    ctx.db,
    others.filter((o) => o.id !== ctx.actor.userId),
    {
      kind: "replied",
      reportId: report.id,
      params: {
        period: report.period,
        agencyCode: report.agency_code,
        provinceCode: report.province_code,
        target: label,
        by: ctx.actor.displayName,
      },
    },
  );
  return root.author_user_id;
}

export async function resolveThread(
  ctx: RequestContext & { actor: Actor },
  report: ReportRow,
  threadId: string,
): Promise<void> {
  requireCommentAction(ctx.actor, report, "resolve");
  const root = await loadThread(ctx.db, report, threadId);
  if (root.resolved_at) return;
  await ctx.db
    .updateTable("report_comments")
    .set({ resolved_at: new Date(), resolved_by: ctx.actor.userId })
    .where("id", "=", root.id)
    .execute();
  await recordAudit(ctx, {
    action: "report.comment_resolve",
    entity: "report",
    entityId: report.id,
    after: { threadId: root.id },
  });
}
