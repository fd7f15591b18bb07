import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type CatalogIndicator, type DeadlineRule, evaluateIndicator, lastOneOffDueDate, parsePeriod, ProvinceCode, ratioPercent, reportingTimeliness, taskStatus, type TaskStatus } from "@pcmt/domain";
import { createRouter, procedures, TRPCError, z } from "@pcmt/plugin-sdk";
import { format } from "date-fns";
import { collectiveAgencies, reportSchedule } from "../reports/reportSchedule";
import { buildConsolidatedReport } from "./consolidatedReport";
import { indicatorDrillDown } from "./indicatorDrillDown";
import { renderConsolidatedDocx, renderConsolidatedXlsx } from "./renderConsolidatedReport";


/** Latest progress reported (not drafts) per task and agency in a province. */
async function reportedProgress(db: Kysely<CoreDatabase>, provinceCode: string) {
  const rows = await db
    .selectFrom("report_items")
    .innerJoin("reports", "reports.id", "report_items.report_id")
    .select(["report_items.task_id", "report_items.status", "reports.agency_code"])
    .where("reports.province_code", "=", provinceCode)
    .where("reports.state", "!=", "draft")
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

async function indicatorReadings(db: Kysely<CoreDatabase>, provinceCode: string, today: string, window?: { start: string; end: string }) {
  const indicators = await db
    .selectFrom("catalog_indicators")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_indicators.document_slug")
    .select([
      "catalog_indicators.id",
      "catalog_indicators.document_slug as documentSlug",
      "catalog_indicators.ref",
      "catalog_indicators.name",
      "catalog_indicators.agency_code as agency",
      "catalog_indicators.unit",
      "catalog_indicators.comparator",
      "catalog_indicators.target",
      "catalog_indicators.baseline",
      "catalog_indicators.due",
      "catalog_indicators.aggregation",
      "catalog_indicators.numerator",
      "catalog_indicators.denominator",
    ])
    .where("catalog_documents.province_code", "=", provinceCode)
    .orderBy("catalog_documents.position")
    .orderBy("catalog_indicators.position")
    .execute();
  const results = [];
  for (const indicator of indicators) {
    let value: number | null = null;
    let period: string | null = null;
    if (indicator.aggregation === "ratio" && indicator.numerator && indicator.denominator) {
      // The latest period with both terms entered; the ratio of the province's sums, never an average of ratios.
      // Totals kept current by the database on every write (data_value_totals), not summed here on each request.
      const sums = await db
        .selectFrom("data_value_totals")
        .select(["period", "data_element_id", "total"])
        .where("province_code", "=", provinceCode)
        .where("data_element_id", "in", [`${indicator.documentSlug}#${indicator.numerator}`, `${indicator.documentSlug}#${indicator.denominator}`])
        .execute();
      // Within a report's period only (its months, or itself), when asked for one.
      const inWindow = (p: string) => {
        if (!window) return true;
        const bounds = /^\d{4}-\d{2}-\d{2}$/.test(p) ? { start: p, end: p } : parsePeriod(p);
        return bounds.start >= window.start && bounds.end <= window.end;
      };
      const periods = [...new Set(sums.map((s) => s.period))].filter(inWindow).sort().reverse();
      for (const p of periods) {
        const num = sums.find((s) => s.period === p && s.data_element_id.endsWith(`#${indicator.numerator}`));
        const den = sums.find((s) => s.period === p && s.data_element_id.endsWith(`#${indicator.denominator}`));
        if (num && den) {
          value = ratioPercent(Number(num.total), Number(den.total));
          period = p;
          break;
        }
      }
    }
    const dueEnd = indicator.due ? (/^\d{4}-\d{2}-\d{2}$/.test(indicator.due) ? indicator.due : parsePeriod(indicator.due).end) : null;
    const evaluation = evaluateIndicator(
      { comparator: indicator.comparator as CatalogIndicator["comparator"], target: indicator.target, baseline: indicator.baseline as CatalogIndicator["baseline"] },
      { value, previousValue: null, dueHasPassed: dueEnd !== null && dueEnd < today },
    );
    results.push({ ...indicator, value, period, state: evaluation.state });
  }
  return results;
}

/** Tasks of each document of the province counted by status, as of today. */
export async function documentProgress(db: Kysely<CoreDatabase>, provinceCode: string, today: string) {
  const documents = await db.selectFrom("catalog_documents").select(["slug", "number", "title"]).where("province_code", "=", provinceCode).orderBy("position").execute();
  const tasks = documents.length
    ? await db.selectFrom("catalog_tasks").select(["id", "ref", "document_slug", "deadline"]).where("document_slug", "in", documents.map((d) => d.slug)).where("is_general", "=", false).execute()
    : [];
  const leads = tasks.length ? await db.selectFrom("catalog_task_agencies").select(["task_id", "agency_code"]).where("role", "=", "lead").where("task_id", "in", tasks.map((t) => t.id)).execute() : [];
  const progress = await reportedProgress(db, provinceCode);
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
  return { documents: perDocument, leads, overdueTasks };
}

export { indicatorReadings };

/** The steering committee's console: plan progress, targets and who reports late, for one province. */
export const consoleRouter = createRouter({
  indicatorDrillDown,
  overview: procedures
    .forRoles("steering_committee", "standing_office", "admin")
    .input(z.object({ provinceCode: ProvinceCode.optional(), periods: z.number().int().min(1).max(24).default(6), until: z.iso.date().optional() }))
    .query(async ({ ctx, input }) => {
      const provinceCode = ctx.actor.provinceCode ?? input.provinceCode;
      if (!provinceCode) throw new TRPCError({ code: "BAD_REQUEST", message: "Chọn tỉnh." });
      const today = format(new Date(), "yyyy-MM-dd");
      const { documents, leads } = await documentProgress(ctx.db, provinceCode, today);

      // The reporting timeliness matrix: agencies × their latest periods due.
      const agencies = [...new Set(leads.map((l) => l.agency_code))].filter((a) => !(collectiveAgencies as readonly string[]).includes(a)).sort();
      const reports = await ctx.db.selectFrom("reports").select(["id", "agency_code", "period", "state", "first_submitted_at"]).where("province_code", "=", provinceCode).execute();
      const matrixPeriods = new Map<string, string>();
      const cells = [];
      for (const agency of agencies) {
        const schedule = (await reportSchedule(ctx.db, agency, provinceCode, "2000-01-01", input.until ?? today)).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s.period));
        for (const entry of schedule.slice(-input.periods)) {
          matrixPeriods.set(entry.period, entry.dueDate);
          const report = reports.find((r) => r.agency_code === agency && r.period === entry.period);
          const submitted = report?.first_submitted_at ? format(new Date(report.first_submitted_at), "yyyy-MM-dd") : null;
          cells.push({ agency, period: entry.period, dueDate: entry.dueDate, reportId: report?.id ?? null, state: report?.state ?? null, ...reportingTimeliness(entry.dueDate, submitted, today) });
        }
      }
      const periods = [...matrixPeriods.entries()].sort((a, b) => a[1].localeCompare(b[1])).slice(-input.periods).map(([p]) => p);
      return {
        provinceCode,
        documents,
        indicators: await indicatorReadings(ctx.db, provinceCode, today),
        timeliness: { agencies, periods, cells: cells.filter((c) => periods.includes(c.period)) },
      };
    }),

  /** The consolidated report (báo cáo tổng hợp) of a province for a period, as .docx or .xlsx. */
  consolidatedReport: procedures
    .forRoles("steering_committee", "standing_office", "admin")
    .input(
      z.object({
        provinceCode: ProvinceCode.optional(),
        period: z.string().regex(/^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "Kỳ phải có dạng 2024, 2024-H1, 2024-Q2 hoặc 2024-05"),
        format: z.enum(["docx", "xlsx"]),
      }),
    )
    .query(async ({ ctx, input }) => {
      const provinceCode = ctx.actor.provinceCode ?? input.provinceCode;
      if (!provinceCode) throw new TRPCError({ code: "BAD_REQUEST", message: "Chọn tỉnh." });
      const report = await buildConsolidatedReport(ctx.db, provinceCode, input.period);
      const bytes = input.format === "docx" ? await renderConsolidatedDocx(report) : await renderConsolidatedXlsx(report);
      return { fileName: `bao-cao-${provinceCode}-${input.period}.${input.format}`, contentBase64: bytes.toString("base64") };
    }),
});
