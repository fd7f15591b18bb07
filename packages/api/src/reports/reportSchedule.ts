import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type DeadlineRule, dueDates } from "@pcmt/domain";

export interface ScheduledReport {
  /** "2024-05", "2024-H1", "2024" for periodic reports; the due date itself for a one-off task's report. */
  period: string;
  dueDate: string;
  /** Documents whose reporting rule (or one-off deadline) asks for it. */
  documentSlugs: string[];
}

/**
 * "Các sở, ban, ngành, đoàn thể" is every member agency: its tasks are in every agency's report, and it never
 * reports as one.
 */
export const collectiveAgencies = ["all_departments"] as const;
const withCollective = (agencyCode: string) => [agencyCode, ...collectiveAgencies];

/** A document that sets no reporting schedule is still reported on every year, from the year it was issued. */
const annualReportFrom = (issuedOn: string | null): DeadlineRule => ({
  kind: "recurring",
  frequency: "yearly",
  dueDay: null,
  before: false,
  dueOffsetMonths: 0,
  from: issuedOn ? `${issuedOn.slice(0, 4)}-01-01` : null,
  until: null,
});

/**
 * The agencies of a province's documents that report: those with tasks in them (or only those that lead one),
 * collective ones aside.
 */
export async function reportingAgencies(db: Kysely<CoreDatabase>, provinceCode: string, options: { leadsOnly?: boolean } = {}): Promise<string[]> {
  let query = db
    .selectFrom("catalog_task_agencies")
    .innerJoin("catalog_tasks", "catalog_tasks.id", "catalog_task_agencies.task_id")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_tasks.document_slug")
    .select("catalog_task_agencies.agency_code")
    .distinct()
    .where("catalog_documents.province_code", "=", provinceCode)
    .where("catalog_task_agencies.agency_code", "not in", [...collectiveAgencies]);
  if (options.leadsOnly) query = query.where("catalog_task_agencies.role", "=", "lead");
  return (await query.execute()).map((r) => r.agency_code).sort();
}

/**
 * The reports an agency owes between two days: the reporting rules of its province's documents in which it has
 * tasks (an annual report for documents that set none), and the one-off deadlines of the tasks it leads. Periods
 * are unique; the earliest due date wins.
 */
export async function reportSchedule(db: Kysely<CoreDatabase>, agencyCode: string, provinceCode: string, from: string, to: string): Promise<ScheduledReport[]> {
  return (await reportSchedules(db, [agencyCode], provinceCode, from, to)).get(agencyCode) ?? [];
}

/** The schedules of several agencies of a province at once: three queries whatever their number. */
export async function reportSchedules(db: Kysely<CoreDatabase>, agencyCodes: readonly string[], provinceCode: string, from: string, to: string): Promise<Map<string, ScheduledReport[]>> {
  const schedules = new Map<string, Map<string, ScheduledReport>>(agencyCodes.map((a) => [a, new Map()]));
  if (agencyCodes.length === 0) return new Map();
  const documents = await db.selectFrom("catalog_documents").select(["slug", "reporting", "issued_on"]).where("province_code", "=", provinceCode).execute();
  const roles = documents.length
    ? await db
        .selectFrom("catalog_task_agencies")
        .innerJoin("catalog_tasks", "catalog_tasks.id", "catalog_task_agencies.task_id")
        .select(["catalog_tasks.document_slug", "catalog_task_agencies.agency_code", "catalog_task_agencies.role", "catalog_tasks.deadline", "catalog_tasks.deadline_kind"])
        .where("catalog_tasks.document_slug", "in", documents.map((d) => d.slug))
        .where("catalog_task_agencies.agency_code", "in", [...agencyCodes, ...collectiveAgencies])
        .execute()
    : [];
  const add = (agency: string, period: string, dueDate: string, slug: string) => {
    const byPeriod = schedules.get(agency)!;
    const existing = byPeriod.get(period);
    if (!existing) byPeriod.set(period, { period, dueDate, documentSlugs: [slug] });
    else {
      if (dueDate < existing.dueDate) existing.dueDate = dueDate;
      if (!existing.documentSlugs.includes(slug)) existing.documentSlugs.push(slug);
    }
  };
  for (const doc of documents) {
    const involved = new Set(roles.filter((r) => r.document_slug === doc.slug).map((r) => r.agency_code));
    const agencies = involved.has("all_departments") ? agencyCodes : agencyCodes.filter((a) => involved.has(a));
    if (agencies.length === 0) continue;
    const rule = (doc.reporting as { rule: DeadlineRule } | null)?.rule ?? annualReportFrom(doc.issued_on);
    const due = dueDates(rule, from, to);
    for (const agency of agencies) for (const d of due) add(agency, d.period ?? d.date, d.date, doc.slug);
  }
  for (const task of roles.filter((r) => r.role === "lead" && r.deadline_kind === "fixed" && schedules.has(r.agency_code))) {
    for (const due of dueDates(task.deadline as DeadlineRule, from, to)) add(task.agency_code, due.date, due.date, task.document_slug);
  }
  return new Map([...schedules].map(([agency, byPeriod]) => [agency, [...byPeriod.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate))]));
}

export async function tasksForReport(db: Kysely<CoreDatabase>, agencyCode: string, scheduled: ScheduledReport): Promise<string[]> {
  const isOneOff = /^\d{4}-\d{2}-\d{2}$/.test(scheduled.period);
  let query = db
    .selectFrom("catalog_tasks")
    .innerJoin("catalog_task_agencies", "catalog_task_agencies.task_id", "catalog_tasks.id")
    .select("catalog_tasks.id")
    .distinct()
    .where("catalog_tasks.document_slug", "in", scheduled.documentSlugs)
    .where("catalog_task_agencies.agency_code", "in", withCollective(agencyCode))
    .where("catalog_tasks.is_general", "=", false);
  if (isOneOff) query = query.where("catalog_tasks.deadline_kind", "=", "fixed");
  const rows = await query.execute();
  const ids = rows.map((r) => r.id);
  if (!isOneOff) return ids;
  const withDeadline = await db.selectFrom("catalog_tasks").select(["id", "deadline"]).where("id", "in", ids.length ? ids : [""]).execute();
  return withDeadline.filter((t) => dueDates(t.deadline as DeadlineRule, scheduled.period, scheduled.period).length > 0).map((t) => t.id);
}
