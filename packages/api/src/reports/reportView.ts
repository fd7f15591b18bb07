import type { CoreDatabase, Kysely } from "@pcmt/db";
import { dayOf, type DeadlineRule, reportStanding } from "@pcmt/domain";
import { format } from "date-fns";
import type { ReportRow } from "./reportAccess";

export const today = () => format(new Date(), "yyyy-MM-dd");

export function view(report: ReportRow) {
  const timeliness = reportStanding(
    report.due_date,
    { state: report.state, firstSubmittedOn: dayOf(report.first_submitted_at) },
    today(),
  );
  return {
    id: report.id,
    agencyCode: report.agency_code,
    provinceCode: report.province_code,
    period: report.period,
    dueDate: report.due_date,
    version: report.version,
    summary: report.summary,
    firstSubmittedAt: report.first_submitted_at,
    lastSubmittedAt: report.last_submitted_at,
    reviewedAt: report.reviewed_at,
    returnReason: report.return_reason,
    ...timeliness,
  };
}

/** A report as the client sees it: its state and timeliness, its items, versions and evidence. */
export async function fullReport(db: Kysely<CoreDatabase>, report: ReportRow) {
  const items = await db
    .selectFrom("report_items")
    .innerJoin("catalog_tasks", "catalog_tasks.id", "report_items.task_id")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_tasks.document_slug")
    .select([
      "report_items.task_id as taskId",
      "report_items.status",
      "report_items.narrative",
      "catalog_tasks.ref",
      "catalog_tasks.text",
      "catalog_tasks.deadline_text as deadlineText",
      "catalog_tasks.deadline as deadline",
      "catalog_documents.slug as documentSlug",
      "catalog_documents.number as documentNumber",
      "catalog_documents.title as documentTitle",
    ])
    .where("report_items.report_id", "=", report.id)
    .orderBy("catalog_documents.position")
    .orderBy("catalog_tasks.position")
    .execute();
  const versions = await db
    .selectFrom("report_versions")
    .select(["number", "submitted_at as submittedAt"])
    .where("report_id", "=", report.id)
    .orderBy("number")
    .execute();
  const evidence = await db
    .selectFrom("report_evidence")
    .select([
      "id",
      "task_id as taskId",
      "file_name as fileName",
      "mime_type as mimeType",
      "size_bytes as sizeBytes",
      "sha256",
      "uploaded_at as uploadedAt",
    ])
    .where("report_id", "=", report.id)
    .orderBy("uploaded_at")
    .execute();
  // Whether the report's agency leads each task or coordinates it (a task led by "all departments" is led by each).
  const leads = items.length
    ? await db
        .selectFrom("catalog_task_agencies")
        .select("task_id")
        .where(
          "task_id",
          "in",
          items.map((i) => i.taskId),
        )
        .where("role", "=", "lead")
        .where("agency_code", "in", [report.agency_code, "all_departments"])
        .execute()
    : [];
  const led = new Set(leads.map((l) => l.task_id));
  return {
    ...view(report),
    items: items.map((item) => ({
      ...item,
      deadline: item.deadline as DeadlineRule | null,
      role: led.has(item.taskId) ? ("lead" as const) : ("coordinating" as const),
    })),
    versions,
    evidence,
  };
}
