import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type Actor, periodBounds } from "@pcmt/domain";

export interface AgencyProgress {
  taskId: string;
  agencyCode: string;
  /** The latest period a report of the agency carries the task, its status there, and the report. */
  period: string;
  status: "not_started" | "in_progress" | "done";
  reportId: string;
  reportState: string;
}

/** The latest report item of each (task, agency) among the rows, by the end of their periods. */
function latestOf(rows: (Omit<AgencyProgress, "status"> & { status: string })[]): AgencyProgress[] {
  const latest = new Map<string, AgencyProgress & { end: string }>();
  for (const row of rows) {
    const end = periodBounds(row.period).end;
    const key = `${row.taskId}|${row.agencyCode}`;
    const known = latest.get(key);
    if (!known || end > known.end) latest.set(key, { ...row, status: row.status as AgencyProgress["status"], end });
  }
  return [...latest.values()].map(({ end: _end, ...progress }) => progress);
}

const progressRows = (db: Kysely<CoreDatabase>) =>
  db
    .selectFrom("report_items")
    .innerJoin("reports", "reports.id", "report_items.report_id")
    .innerJoin("catalog_tasks", "catalog_tasks.id", "report_items.task_id")
    .select([
      "report_items.task_id as taskId",
      "reports.agency_code as agencyCode",
      "reports.period",
      "report_items.status",
      "reports.id as reportId",
      "reports.state as reportState",
    ]);

/**
 * Where each task of a document stands, agency by agency: the status in the latest report of each agency that
 * carries the task, with the report to open. Only what the reader may read: the oversight roles of the document's
 * province (or national ones) see every agency; an officer sees their own agency's.
 */
export async function documentTaskProgress(
  db: Kysely<CoreDatabase>,
  actor: Actor,
  slug: string,
): Promise<AgencyProgress[]> {
  const doc = await db
    .selectFrom("catalog_documents")
    .select("province_code")
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (!doc?.province_code) return [];
  if (actor.provinceCode !== null && actor.provinceCode !== doc.province_code) return [];
  let query = progressRows(db)
    .where("catalog_tasks.document_slug", "=", slug)
    .where("reports.province_code", "=", doc.province_code);
  if (actor.role === "agency_officer") {
    if (!actor.agencyCode) return [];
    query = query.where("reports.agency_code", "=", actor.agencyCode);
  }
  return latestOf(await query.execute());
}

/**
 * Where an agency's tasks stand, across documents, in the reader's province: the status in the agency's latest
 * report carrying each. For the province's oversight roles, and for the agency's own officers; nothing for others
 * (and nothing for national accounts, which belong to no province).
 */
export async function agencyTaskProgress(
  db: Kysely<CoreDatabase>,
  actor: Actor,
  agencyCode: string,
): Promise<AgencyProgress[]> {
  if (actor.provinceCode === null) return [];
  if (actor.role === "agency_officer" && actor.agencyCode !== agencyCode) return [];
  return latestOf(
    await progressRows(db)
      .where("reports.agency_code", "=", agencyCode)
      .where("reports.province_code", "=", actor.provinceCode)
      .execute(),
  );
}
