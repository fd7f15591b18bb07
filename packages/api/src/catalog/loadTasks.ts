import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type DeadlineRule, describeDeadline, nextDueDate } from "@pcmt/domain";

const today = () => new Date().toISOString().slice(0, 10);

export interface TaskView {
  id: string;
  documentSlug: string;
  documentNumber: string | null;
  documentTitle: string;
  ref: string;
  sectionRef: string | null;
  text: string;
  isGeneral: boolean;
  ownerPlugin: string | null;
  lead: string[];
  coordinating: string[];
  deadline: DeadlineRule | null;
  deadlineText: string | null;
  deadlineLabel: string | null;
  nextDue: string | null;
  indicatorIds: string[];
}

/** Tasks with their agencies, deadline wording and indicator links, in document order. */
export async function loadTasks(
  db: Kysely<CoreDatabase>,
  filter: { documentSlug?: string; taskIds?: string[] },
): Promise<TaskView[]> {
  let query = db
    .selectFrom("catalog_tasks")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_tasks.document_slug")
    .select([
      "catalog_tasks.id",
      "catalog_tasks.document_slug",
      "catalog_documents.number",
      "catalog_documents.title as document_title",
      "catalog_tasks.ref",
      "catalog_tasks.section_ref",
      "catalog_tasks.text",
      "catalog_tasks.is_general",
      "catalog_tasks.owner_plugin",
      "catalog_tasks.deadline",
      "catalog_tasks.deadline_text",
    ])
    .orderBy("catalog_documents.position")
    .orderBy("catalog_tasks.position");
  if (filter.documentSlug) query = query.where("catalog_tasks.document_slug", "=", filter.documentSlug);
  if (filter.taskIds) {
    if (filter.taskIds.length === 0) return [];
    query = query.where("catalog_tasks.id", "in", filter.taskIds);
  }
  const rows = await query.execute();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [roles, links] = await Promise.all([
    db.selectFrom("catalog_task_agencies").selectAll().where("task_id", "in", ids).orderBy("position").execute(),
    db.selectFrom("catalog_task_indicators").selectAll().where("task_id", "in", ids).execute(),
  ]);
  const now = today();
  return rows.map((r) => {
    const deadline = r.deadline as DeadlineRule | null;
    return {
      id: r.id,
      documentSlug: r.document_slug,
      documentNumber: r.number,
      documentTitle: r.document_title,
      ref: r.ref,
      sectionRef: r.section_ref,
      text: r.text,
      isGeneral: r.is_general,
      ownerPlugin: r.owner_plugin,
      lead: roles.filter((x) => x.task_id === r.id && x.role === "lead").map((x) => x.agency_code),
      coordinating: roles.filter((x) => x.task_id === r.id && x.role === "coordinating").map((x) => x.agency_code),
      deadline,
      deadlineText: r.deadline_text,
      deadlineLabel: deadline ? describeDeadline(deadline) : null,
      nextDue: deadline ? (nextDueDate(deadline, now)?.date ?? null) : null,
      indicatorIds: links.filter((l) => l.task_id === r.id).map((l) => l.indicator_id),
    };
  });
}
