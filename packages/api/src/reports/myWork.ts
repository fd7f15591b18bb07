import type { CoreDatabase, Kysely } from "@pcmt/db";
import { dayOf, lastOneOffDueDate, reportStanding, taskStatus } from "@pcmt/domain";
import { procedures, TRPCError } from "@pcmt/plugin-sdk";
import { addDays, format } from "date-fns";
import { loadTasks } from "../catalog/loadTasks";
import { reportScheduleUntil } from "./reportSchedule";

export async function latestProgress(db: Kysely<CoreDatabase>, agencyCode: string, provinceCode: string) {
  const rows = await db
    .selectFrom("report_items")
    .innerJoin("reports", "reports.id", "report_items.report_id")
    .select(["report_items.task_id", "report_items.status", "reports.period", "reports.due_date"])
    .where("reports.agency_code", "=", agencyCode)
    .where("reports.province_code", "=", provinceCode)
    // What the agency has sent counts; its own unsent draft does not yet.
    .where("reports.state", "!=", "draft")
    .orderBy("reports.due_date", "desc")
    .execute();
  const latest = new Map<string, { status: "not_started" | "in_progress" | "done"; period: string }>();
  for (const row of rows)
    if (!latest.has(row.task_id)) latest.set(row.task_id, { status: row.status, period: row.period });
  return latest;
}

/**
 * What an officer opens every week: the tasks the agency leads or coordinates in its province's documents, each
 * with its next due date and status (overdue when a one-off deadline passed unfinished), and the reports due in
 * the coming weeks or still owed — late or returned, however long ago.
 */
export const myWork = procedures.forRoles("agency_officer").query(async ({ ctx }) => {
  const { agencyCode, provinceCode } = ctx.actor;
  if (!agencyCode || !provinceCode)
    throw new TRPCError({ code: "FORBIDDEN", message: "Tài khoản chưa gắn với cơ quan và tỉnh." });
  const today = format(new Date(), "yyyy-MM-dd");
  const roles = await ctx.db
    .selectFrom("catalog_task_agencies")
    .innerJoin("catalog_tasks", "catalog_tasks.id", "catalog_task_agencies.task_id")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_tasks.document_slug")
    .select(["catalog_task_agencies.task_id", "catalog_task_agencies.role"])
    .where("catalog_documents.province_code", "=", provinceCode)
    .where("catalog_task_agencies.agency_code", "in", [agencyCode, "all_departments"])
    // The documents in force today: an ended plan's tasks keep their final state in the console.
    .where((eb) =>
      eb.or([eb("catalog_documents.covers_from", "is", null), eb("catalog_documents.covers_from", "<=", today)]),
    )
    .where((eb) =>
      eb.or([eb("catalog_documents.covers_until", "is", null), eb("catalog_documents.covers_until", ">=", today)]),
    )
    .execute();
  const tasks = await loadTasks(ctx.db, { taskIds: [...new Set(roles.map((r) => r.task_id))] });
  const progress = await latestProgress(ctx.db, agencyCode, provinceCode);
  const work = tasks.map((t) => {
    const deadline = lastOneOffDueDate(t.deadline);
    const reported = progress.get(t.id);
    return {
      ...t,
      role:
        t.lead.includes(agencyCode) || t.lead.includes("all_departments")
          ? ("lead" as const)
          : ("coordinating" as const),
      lastDeadline: deadline,
      status: taskStatus(reported?.status ?? null, deadline, today),
      reportedIn: reported?.period ?? null,
    };
  });
  // The same schedule as the officer's reports page: every report owed since the documents asked for one (an
  // unsent or returned report stays owed however old), and those due in the coming eight weeks.
  const schedule = await reportScheduleUntil(
    ctx.db,
    agencyCode,
    provinceCode,
    format(addDays(new Date(), 56), "yyyy-MM-dd"),
  );
  const reports = await ctx.db
    .selectFrom("reports")
    .select(["id", "period", "state", "first_submitted_at"])
    .where("agency_code", "=", agencyCode)
    .where("province_code", "=", provinceCode)
    .execute();
  const dueReports = schedule.map((s) => {
    const report = reports.find((r) => r.period === s.period);
    return {
      period: s.period,
      dueDate: s.dueDate,
      reportId: report?.id ?? null,
      ...reportStanding(
        s.dueDate,
        report ? { state: report.state, firstSubmittedOn: dayOf(report.first_submitted_at) } : null,
        today,
      ),
    };
  });
  return {
    tasks: work,
    upcomingReports: dueReports.filter((r) => r.timeliness === "not_due"),
    overdueReports: dueReports.filter((r) => r.overdue || r.state === "returned"),
  };
});
