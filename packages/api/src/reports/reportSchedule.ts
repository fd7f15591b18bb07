import type { CoreDatabase, Kysely } from "@pcmt/db";
import { addMonths } from "date-fns";
import {
  type DeadlineRule,
  type DocumentLifetime,
  dueDates,
  isoDay,
  parseDay,
  lastOneOffDueDate,
  periodBounds,
  ruleWithinLifetime,
} from "@pcmt/domain";

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

/** Whether a scheduled period is a one-off task's report (its period is its due date). */
export const isOneOffPeriod = (period: string) => /^\d{4}-\d{2}-\d{2}$/.test(period);

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

/** What the obligations are computed from: a province's documents and who has tasks in them. */
export interface ObligationDocument {
  slug: string;
  reporting: unknown;
  issued_on: string | null;
  covers_from: string | null;
  covers_until: string | null;
  /** Periods due before this day are not owed through the platform (the document entered it later). */
  reports_from?: string | null;
}
export interface ObligationRole {
  document_slug: string;
  agency_code: string;
  role: "lead" | "coordinating";
  deadline: unknown;
  deadline_kind: string | null;
}

export const lifetimeOf = (doc: Pick<ObligationDocument, "covers_from" | "covers_until">): DocumentLifetime => ({
  from: doc.covers_from,
  until: doc.covers_until,
});

/**
 * Who owes which report — the one rule behind the desk, the timeliness matrix, the consolidated report and the
 * national overview. Each document obliges every agency with a task in it, leading or coordinating ("các sở, ban,
 * ngành" obliges them all), by its reporting clause (a document without one: a report a year), only for periods
 * inside the document's lifetime, due after it was issued and after it entered the platform (`reports_from`, set when
 * it is published in the web app: periods before were reported outside it); the lead of a task with a one-off deadline also owes
 * a report on that day. Periods are unique per agency; the earliest due date wins. Pure: the callers read the rows.
 */
export function reportingObligations(
  documents: readonly ObligationDocument[],
  roles: readonly ObligationRole[],
  from: string,
  to: string,
  agencyCodes?: readonly string[],
): Map<string, ScheduledReport[]> {
  const agencies =
    agencyCodes ??
    [
      ...new Set(roles.map((r) => r.agency_code).filter((a) => !(collectiveAgencies as readonly string[]).includes(a))),
    ].sort();
  const schedules = new Map<string, Map<string, ScheduledReport>>(agencies.map((a) => [a, new Map()]));
  const add = (agency: string, period: string, dueDate: string, slug: string) => {
    const byPeriod = schedules.get(agency);
    if (!byPeriod) return;
    const existing = byPeriod.get(period);
    if (!existing) byPeriod.set(period, { period, dueDate, documentSlugs: [slug] });
    else {
      if (dueDate < existing.dueDate) existing.dueDate = dueDate;
      if (!existing.documentSlugs.includes(slug)) existing.documentSlugs.push(slug);
    }
  };
  const rolesOf = new Map<string, ObligationRole[]>();
  for (const r of roles) {
    const list = rolesOf.get(r.document_slug);
    if (list) list.push(r);
    else rolesOf.set(r.document_slug, [r]);
  }
  for (const doc of documents) {
    const docRoles = rolesOf.get(doc.slug) ?? [];
    const involved = new Set(docRoles.map((r) => r.agency_code));
    const obliged = involved.has("all_departments") ? agencies : agencies.filter((a) => involved.has(a));
    if (obliged.length === 0) continue;
    const rule = (doc.reporting as { rule: DeadlineRule } | null)?.rule ?? annualReportFrom(doc.issued_on);
    const due = dueDates(ruleWithinLifetime(rule, lifetimeOf(doc)), from, to).filter(
      (d) => (doc.issued_on === null || d.date >= doc.issued_on) && (!doc.reports_from || d.date >= doc.reports_from),
    );
    for (const agency of obliged) for (const d of due) add(agency, d.period ?? d.date, d.date, doc.slug);
    for (const task of docRoles.filter((r) => r.role === "lead" && r.deadline_kind === "fixed")) {
      for (const d of dueDates(task.deadline as DeadlineRule, from, to))
        if (!doc.reports_from || d.date >= doc.reports_from) add(task.agency_code, d.date, d.date, doc.slug);
    }
  }
  return new Map(
    [...schedules].map(([agency, byPeriod]) => [
      agency,
      [...byPeriod.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    ]),
  );
}

/** The agencies owing a report for one period, with its due date. */
export function obligedFor(
  obligations: Map<string, ScheduledReport[]>,
  period: string,
): { agency: string; scheduled: ScheduledReport }[] {
  const rows = [];
  for (const [agency, schedule] of obligations) {
    const scheduled = schedule.find((s) => s.period === period);
    if (scheduled) rows.push({ agency, scheduled });
  }
  return rows;
}

/** The agencies owing a report for one period and its due date, from the documents in force (a due date may fall up to a year after the period). */
export async function obligedForPeriod(db: Kysely<CoreDatabase>, provinceCode: string, period: string) {
  const { start, end } = periodBounds(period);
  const horizon = isoDay(addMonths(parseDay(end), 13));
  return obligedFor(await provinceObligations(db, provinceCode, start, horizon), period);
}

/**
 * The latest periodic report whose deadline has passed by a day ("the report's default period"): the console and
 * the consolidated report both start from it. With two periods due the same day (the half-year and the year), the
 * longer one. Null when nothing has fallen due.
 */
export function latestClosedPeriod(
  obligations: Map<string, ScheduledReport[]>,
  today: string,
): { period: string; dueDate: string } | null {
  let best: { period: string; dueDate: string } | null = null;
  for (const schedule of obligations.values()) {
    for (const s of schedule) {
      if (isOneOffPeriod(s.period) || s.dueDate >= today) continue;
      if (
        !best ||
        s.dueDate > best.dueDate ||
        (s.dueDate === best.dueDate && periodBounds(s.period).start < periodBounds(best.period).start)
      )
        best = { period: s.period, dueDate: s.dueDate };
    }
  }
  return best;
}

async function obligationRows(db: Kysely<CoreDatabase>, provinceCode: string) {
  const documents = await db
    .selectFrom("catalog_documents")
    .select(["slug", "reporting", "issued_on", "covers_from", "covers_until", "reports_from"])
    .where("province_code", "=", provinceCode)
    .execute();
  const roles = documents.length
    ? await db
        .selectFrom("catalog_task_agencies")
        .innerJoin("catalog_tasks", "catalog_tasks.id", "catalog_task_agencies.task_id")
        .select([
          "catalog_tasks.document_slug",
          "catalog_task_agencies.agency_code",
          "catalog_task_agencies.role",
          "catalog_tasks.deadline",
          "catalog_tasks.deadline_kind",
        ])
        .where(
          "catalog_tasks.document_slug",
          "in",
          documents.map((d) => d.slug),
        )
        .execute()
    : [];
  return { documents, roles };
}

/** The obligations of a province between two days (every agency, or the given ones): two queries. */
export async function provinceObligations(
  db: Kysely<CoreDatabase>,
  provinceCode: string,
  from: string,
  to: string,
  agencyCodes?: readonly string[],
): Promise<Map<string, ScheduledReport[]>> {
  const { documents, roles } = await obligationRows(db, provinceCode);
  return reportingObligations(documents, roles, from, to, agencyCodes);
}

/** The agencies of a province's documents that report: those with tasks in them, collective ones aside. */
export async function reportingAgencies(db: Kysely<CoreDatabase>, provinceCode: string): Promise<string[]> {
  const { roles } = await obligationRows(db, provinceCode);
  return [
    ...new Set(roles.map((r) => r.agency_code).filter((a) => !(collectiveAgencies as readonly string[]).includes(a))),
  ].sort();
}

/** The reports an agency owes between two days. */
export async function reportSchedule(
  db: Kysely<CoreDatabase>,
  agencyCode: string,
  provinceCode: string,
  from: string,
  to: string,
): Promise<ScheduledReport[]> {
  return (await provinceObligations(db, provinceCode, from, to, [agencyCode])).get(agencyCode) ?? [];
}

/** The floor of a schedule read "since the beginning", for a document that records neither its lifetime nor its issue. */
const undatedDocumentsSince = "2000-01-01";

/**
 * The first day a province's documents can ask for a report: the earliest start of their lifetimes (else their
 * issue). Obligations are clamped to each document's lifetime anyway; this only spares computing decades before.
 */
export function obligationsSince(documents: readonly ObligationDocument[]): string | null {
  const starts = documents.map((d) => d.covers_from ?? d.issued_on ?? undatedDocumentsSince).sort();
  return starts[0] ?? null;
}

/**
 * Every report an agency has owed since its province's documents first asked for one, up to a day: bounded by the
 * documents' lifetimes, not by a window of its own — a report unsent or returned years ago is still owed. The
 * officer's schedule (/reports) and its work page read this one list.
 */
export async function reportScheduleUntil(
  db: Kysely<CoreDatabase>,
  agencyCode: string,
  provinceCode: string,
  to: string,
): Promise<ScheduledReport[]> {
  const { documents, roles } = await obligationRows(db, provinceCode);
  const from = obligationsSince(documents);
  if (from === null || from > to) return [];
  return reportingObligations(documents, roles, from, to, [agencyCode]).get(agencyCode) ?? [];
}

/** The schedules of several agencies of a province at once. */
export async function reportSchedules(
  db: Kysely<CoreDatabase>,
  agencyCodes: readonly string[],
  provinceCode: string,
  from: string,
  to: string,
): Promise<Map<string, ScheduledReport[]>> {
  if (agencyCodes.length === 0) return new Map();
  return provinceObligations(db, provinceCode, from, to, agencyCodes);
}

/**
 * The tasks a report accounts for: the agency's tasks (leading or coordinating) in the documents asking for it,
 * except one-off tasks already over — their deadline passed before the period began, or the agency already
 * reported them done — which keep their final state in the console instead of coming back every month. A one-off
 * task's own report holds the tasks due that day.
 */
export async function tasksForReport(
  db: Kysely<CoreDatabase>,
  agencyCode: string,
  scheduled: ScheduledReport,
  provinceCode?: string,
): Promise<string[]> {
  const isOneOff = isOneOffPeriod(scheduled.period);
  const rows = await db
    .selectFrom("catalog_tasks")
    .innerJoin("catalog_task_agencies", "catalog_task_agencies.task_id", "catalog_tasks.id")
    .select(["catalog_tasks.id", "catalog_tasks.deadline", "catalog_tasks.deadline_kind"])
    .distinct()
    .where("catalog_tasks.document_slug", "in", scheduled.documentSlugs)
    .where("catalog_task_agencies.agency_code", "in", withCollective(agencyCode))
    .where("catalog_tasks.is_general", "=", false)
    .execute();
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
  if (isOneOff)
    return unique
      .filter(
        (t) =>
          t.deadline_kind === "fixed" &&
          dueDates(t.deadline as DeadlineRule, scheduled.period, scheduled.period).length > 0,
      )
      .map((t) => t.id);
  const { start } = periodBounds(scheduled.period);
  const doneBefore = provinceCode ? await oneOffTasksDone(db, agencyCode, provinceCode, start) : new Set<string>();
  return unique
    .filter((t) => {
      const last = lastOneOffDueDate(t.deadline as DeadlineRule | null);
      return last === null || (last >= start && !doneBefore.has(t.id));
    })
    .map((t) => t.id);
}

/** One-off tasks an agency reported done in a report it sent for a period before a day. */
async function oneOffTasksDone(
  db: Kysely<CoreDatabase>,
  agencyCode: string,
  provinceCode: string,
  before: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom("report_items")
    .innerJoin("reports", "reports.id", "report_items.report_id")
    .innerJoin("catalog_tasks", "catalog_tasks.id", "report_items.task_id")
    .select(["report_items.task_id", "reports.period"])
    .where("reports.agency_code", "=", agencyCode)
    .where("reports.province_code", "=", provinceCode)
    .where("reports.state", "in", ["submitted", "accepted"])
    .where("report_items.status", "=", "done")
    .where("catalog_tasks.deadline_kind", "in", ["fixed", "by"])
    .execute();
  return new Set(rows.filter((r) => periodBounds(r.period).end < before).map((r) => r.task_id));
}
