import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type DeadlineRule, lastOneOffDueDate, taskStatus, type TaskStatus } from "@pcmt/domain";

/** Latest progress reported (not drafts) per task and agency in a province. */
async function reportedProgress(db: Kysely<CoreDatabase>, provinceCode: string) {
  const rows = await db
    .selectFrom("report_items")
    .innerJoin("reports", "reports.id", "report_items.report_id")
    .distinctOn(["report_items.task_id", "reports.agency_code"])
    .select(["report_items.task_id", "report_items.status", "reports.agency_code"])
    .where("reports.province_code", "=", provinceCode)
    .where("reports.state", "!=", "draft")
    .orderBy("report_items.task_id")
    .orderBy("reports.agency_code")
    .orderBy("reports.due_date", "desc")
    .execute();
  const latest = new Map<string, "not_started" | "in_progress" | "done">();
  for (const row of rows) {
    const key = `${row.task_id}|${row.agency_code}`;
    if (!latest.has(key)) latest.set(key, row.status);
  }
  return latest;
}

/**
 * A task's status for the committee: done when every lead agency reported it done; in progress when any reported
 * progress; overdue when a one-off deadline passed unfinished.
 */
function committeeTaskStatus(leads: string[], taskId: string, progress: Map<string, string>, deadline: string | null, today: string): TaskStatus {
  const statuses = leads.map((a) => progress.get(`${taskId}|${a}`) ?? null);
  const combined = statuses.length > 0 && statuses.every((s) => s === "done") ? "done" : statuses.some((s) => s === "in_progress" || s === "done") ? "in_progress" : null;
  return taskStatus(combined as "done" | "in_progress" | null, deadline, today);
}

/** Tasks of each document of the province counted by status, as of today. */
export async function documentProgress(db: Kysely<CoreDatabase>, provinceCode: string, today: string) {
  const [documents, tasks, leads, progress] = await Promise.all([
    db.selectFrom("catalog_documents").select(["slug", "number", "title"]).where("province_code", "=", provinceCode).orderBy("position").execute(),
    db
      .selectFrom("catalog_tasks")
      .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_tasks.document_slug")
      .select(["catalog_tasks.id", "catalog_tasks.ref", "catalog_tasks.document_slug", "catalog_tasks.deadline"])
      .where("catalog_documents.province_code", "=", provinceCode)
      .where("catalog_tasks.is_general", "=", false)
      .execute(),
    db
      .selectFrom("catalog_task_agencies")
      .innerJoin("catalog_tasks", "catalog_tasks.id", "catalog_task_agencies.task_id")
      .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_tasks.document_slug")
      .select(["catalog_task_agencies.task_id", "catalog_task_agencies.agency_code"])
      .where("catalog_documents.province_code", "=", provinceCode)
      .where("catalog_task_agencies.role", "=", "lead")
      .execute(),
    reportedProgress(db, provinceCode),
  ]);
  const overdueTasks: { documentSlug: string; ref: string; leads: string[] }[] = [];
  const perDocument = documents.map((doc) => {
    const counts: Record<TaskStatus, number> = { not_started: 0, in_progress: 0, done: 0, overdue: 0 };
    for (const task of tasks.filter((t) => t.document_slug === doc.slug)) {
      const taskLeads = leads.filter((l) => l.task_id === task.id).map((l) => l.agency_code);
      const status = committeeTaskStatus(taskLeads, task.id, progress, lastOneOffDueDate(task.deadline as DeadlineRule | null), today);
      counts[status]++;
      if (status === "overdue") overdueTasks.push({ documentSlug: doc.slug, ref: task.ref, leads: taskLeads });
    }
    return { ...doc, total: Object.values(counts).reduce((a, b) => a + b, 0), ...counts };
  });
  return { documents: perDocument, overdueTasks };
}

