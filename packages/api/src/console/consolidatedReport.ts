import type { CoreDatabase, Kysely } from "@pcmt/db";
import { agencyName, describePeriod, type IndicatorState, isAgencyCode, periodBounds, reportingTimeliness, type Timeliness } from "@pcmt/domain";
import { format } from "date-fns";
import { provinceNameOf } from "../places/provinceDirectory";
import { reportingAgencies, reportSchedules } from "../reports/reportSchedule";
import { documentProgress } from "./documentProgress";
import { indicatorReadings } from "./indicatorReadings";

/** The figures of a consolidated report (báo cáo tổng hợp) for a province and a period: the same in .docx and .xlsx. */
export interface ConsolidatedReport {
  provinceCode: string;
  provinceName: string;
  period: string;
  periodLabel: string;
  issuedOn: string;
  documents: { number: string | null; title: string; total: number; done: number; in_progress: number; not_started: number; overdue: number }[];
  indicators: { name: string; target: string; value: number | null; unit: string; state: IndicatorState }[];
  timeliness: { agency: string; agencyName: string; dueDate: string; state: string | null; timeliness: Timeliness; daysLate: number }[];
  overdueTasks: { document: string; ref: string; leads: string[] }[];
}

const comparatorWords: Record<string, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

export async function buildConsolidatedReport(db: Kysely<CoreDatabase>, provinceCode: string, period: string, today = format(new Date(), "yyyy-MM-dd")): Promise<ConsolidatedReport> {
  const progress = await documentProgress(db, provinceCode, today);
  const indicators = await indicatorReadings(db, provinceCode, today, { window: periodBounds(period) });
  const agencies = await reportingAgencies(db, provinceCode, { leadsOnly: true });
  const reports = await db.selectFrom("reports").select(["agency_code", "period", "state", "first_submitted_at"]).where("province_code", "=", provinceCode).where("period", "=", period).execute();
  const timeliness = [];
  const schedules = await reportSchedules(db, agencies, provinceCode, "2000-01-01", "2100-12-31");
  for (const agency of agencies) {
    const scheduled = schedules.get(agency)?.find((s) => s.period === period);
    if (!scheduled) continue;
    const report = reports.find((r) => r.agency_code === agency);
    const submitted = report?.first_submitted_at ? format(new Date(report.first_submitted_at), "yyyy-MM-dd") : null;
    timeliness.push({
      agency,
      agencyName: isAgencyCode(agency) ? agencyName(agency) : agency,
      dueDate: scheduled.dueDate,
      state: report?.state ?? null,
      ...reportingTimeliness(scheduled.dueDate, submitted, today),
    });
  }
  const numbers = new Map(progress.documents.map((d) => [d.slug, d.number ?? d.title]));
  return {
    provinceCode,
    provinceName: await provinceNameOf(db, provinceCode),
    period,
    periodLabel: describePeriod(period),
    issuedOn: today,
    documents: progress.documents.map(({ number, title, total, done, in_progress, not_started, overdue }) => ({ number, title, total, done, in_progress, not_started, overdue })),
    indicators: indicators.map((i) => ({
      name: i.name,
      target: `${comparatorWords[i.comparator] ?? i.comparator} ${i.target}${i.unit === "percent" ? "%" : ""}${i.baseline === "previous_year" ? " so với năm trước" : ""}${i.due ? ` (hạn ${i.due})` : ""}`,
      value: i.value,
      unit: i.unit,
      state: i.state,
    })),
    timeliness,
    overdueTasks: progress.overdueTasks.map((t) => ({ document: numbers.get(t.documentSlug) ?? t.documentSlug, ref: t.ref, leads: t.leads })),
  };
}
