import type { CoreDatabase, Kysely } from "@pcmt/db";
import {
  type DeadlineRule,
  lastOneOffDueDate,
  lifetimeStatus,
  periodBounds,
  taskStatus,
  type TaskStatus,
} from "@pcmt/domain";
import { addDays, format, parseISO } from "date-fns";

const dayAfter = (iso: string) => format(addDays(parseISO(iso), 1), "yyyy-MM-dd");

/** Progress reported (in reports sent, not drafts) per task and agency, latest first, with the period it is of. */
async function reportedProgress(db: Kysely<CoreDatabase>, provinceCode: string) {
  return db
    .selectFrom("report_items")
    .innerJoin("reports", "reports.id", "report_items.report_id")
    .select(["report_items.task_id", "report_items.status", "reports.agency_code", "reports.period"])
    .where("reports.province_code", "=", provinceCode)
    .where("reports.state", "!=", "draft")
    .orderBy("reports.due_date", "desc")
    .execute();
}

/** The latest progress per task and agency among reports of periods ended before a day. */
function progressBefore(rows: Awaited<ReturnType<typeof reportedProgress>>, day: string) {
  const latest = new Map<string, "not_started" | "in_progress" | "done">();
  for (const row of rows) {
    if (periodBounds(row.period).end >= day) continue;
    const key = `${row.task_id}|${row.agency_code}`;
    if (!latest.has(key)) latest.set(key, row.status);
  }
  return latest;
}

/**
 * A task's status for the committee: done when every lead agency reported it done; in progress when any reported
 * progress; overdue when a one-off deadline passed unfinished.
 */
function committeeTaskStatus(
  leads: string[],
  taskId: string,
  progress: Map<string, string>,
  deadline: string | null,
  day: string,
): TaskStatus {
  const statuses = leads.map((a) => progress.get(`${taskId}|${a}`) ?? null);
  const combined =
    statuses.length > 0 && statuses.every((s) => s === "done")
      ? "done"
      : statuses.some((s) => s === "in_progress" || s === "done")
        ? "in_progress"
        : null;
  return taskStatus(combined, deadline, day);
}

/**
 * Tasks of each document of the province counted by status as they stood on a day (`asOf`): from the reports of
 * periods ended by then, a one-off task overdue when its deadline passed unfinished. A document whose lifetime has
 * ended shows its final state (as of the day after its end); with a reference period, only the documents governing
 * it. Each document says its lifetime and the day its counts are of.
 */
export async function documentProgress(
  db: Kysely<CoreDatabase>,
  provinceCode: string,
  options: { asOf: string; reference?: { start: string; end: string } },
) {
  const [allDocuments, tasks, leads, progress] = await Promise.all([
    db
      .selectFrom("catalog_documents")
      .select(["slug", "number", "title", "covers_from", "covers_until"])
      .where("province_code", "=", provinceCode)
      .orderBy("position")
      .execute(),
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
  const reference = options.reference;
  const documents = reference
    ? allDocuments.filter(
        (d) =>
          (d.covers_from === null || d.covers_from <= reference.end) &&
          (d.covers_until === null || d.covers_until >= reference.start),
      )
    : allDocuments;
  const overdueTasks: { documentSlug: string; ref: string; leads: string[] }[] = [];
  const byDay = new Map<string, ReturnType<typeof progressBefore>>();
  const perDocument = documents.map((doc) => {
    const lifetime = { from: doc.covers_from, until: doc.covers_until };
    const status = lifetimeStatus(lifetime, options.asOf);
    const countedOn = status === "ended" && doc.covers_until ? dayAfter(doc.covers_until) : options.asOf;
    let docProgress = byDay.get(countedOn);
    if (!docProgress) byDay.set(countedOn, (docProgress = progressBefore(progress, countedOn)));
    const counts: Record<TaskStatus, number> = { not_started: 0, in_progress: 0, done: 0, overdue: 0 };
    for (const task of tasks.filter((t) => t.document_slug === doc.slug)) {
      const taskLeads = leads.filter((l) => l.task_id === task.id).map((l) => l.agency_code);
      const taskState = committeeTaskStatus(
        taskLeads,
        task.id,
        docProgress,
        lastOneOffDueDate(task.deadline as DeadlineRule | null),
        countedOn,
      );
      counts[taskState]++;
      if (taskState === "overdue") overdueTasks.push({ documentSlug: doc.slug, ref: task.ref, leads: taskLeads });
    }
    return {
      slug: doc.slug,
      number: doc.number,
      title: doc.title,
      lifetime: { ...lifetime, status },
      countedOn,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
      ...counts,
    };
  });
  return { documents: perDocument, overdueTasks };
}
