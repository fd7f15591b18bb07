import type { CoreDatabase, Kysely } from "@pcmt/db";
import {
  agencyLabel,
  dayOf,
  describeRef,
  describeTarget,
  formatDay,
  type IndicatorState,
  periodBounds,
  reportStanding,
  type Timeliness,
} from "@pcmt/domain";
import { format } from "date-fns";
import { provinceNameOf } from "../places/provinceDirectory";
import { obligedForPeriod } from "../reports/reportSchedule";
import { referencePeriod } from "./consolePeriod";
import { documentProgress } from "./documentProgress";
import { indicatorReadings } from "./indicatorReadings";
import { countedOn } from "./provinceOverview";

/** The figures of a consolidated report (báo cáo tổng hợp) for a province and a period: the same in .docx and .xlsx. */
export interface ConsolidatedReport {
  provinceCode: string;
  provinceName: string;
  /** The period reported on; null when the province's documents never asked for a report. */
  period: string | null;
  periodLabel: string;
  periodEnd: string;
  issuedOn: string;
  /** The day the task counts are of (the day after the period, or the issue date while it runs). */
  tasksCountedOn: string;
  /** What the figures are made of, in words, printed under the title. */
  basis: string[];
  documents: {
    number: string | null;
    title: string;
    lifetime: { from: string | null; until: string | null; status: string };
    total: number;
    done: number;
    in_progress: number;
    not_started: number;
    overdue: number;
  }[];
  indicators: {
    name: string;
    target: string;
    value: number | null;
    unit: string;
    /** The period the value is of. */
    period: string | null;
    /** The unit of `value` ("percent" for a ratio, the element's for a count). */
    valueUnit: string;
    /** For a count read while its period runs: the last day covered. */
    through: string | null;
    /** The last day the value covers: `through`, else the end of its period (the report's day if sooner). */
    asOf: string | null;
    /** For a ratio: the province's sums of its two terms in `period`, the value being their ratio. */
    termTotals: { numerator: number; denominator: number } | null;
    /** For a growth target: the period compared with and its value, and the change in percent. */
    previous: { period: string; through: string | null; value: number | null; acrossReform: boolean } | null;
    /** Who enters the figure's values: the numerator's and the denominator's agencies, or the count's. */
    sources: string[];
    growth: number | null;
    completeness: { reported: number; expected: number; placeWord: string } | null;
    minCompleteness: number;
    state: IndicatorState;
    final: boolean;
  }[];
  timeliness: {
    agency: string;
    agencyName: string;
    dueDate: string;
    state: string | null;
    timeliness: Timeliness;
    daysLate: number;
    overdue: boolean;
    awaitingResubmission: boolean;
    label: string;
  }[];
  overdueTasks: { document: string; ref: string; refText: string; leads: string[]; leadNames: string[] }[];
}

const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The consolidated report of a province for a period (by default the latest whose reporting deadline has passed —
 * the console's default too), as it stood at the end of that period: the documents governing it, their tasks from
 * the reports of periods ended by then, the indicators read on values up to its end (with how many places they
 * are made of), and who owed a report for it and where that report stands on the day the report is made.
 */
export async function buildConsolidatedReport(
  db: Kysely<CoreDatabase>,
  provinceCode: string,
  wantedPeriod?: string,
  today = format(new Date(), "yyyy-MM-dd"),
): Promise<ConsolidatedReport> {
  const reference = await referencePeriod(db, provinceCode, today, wantedPeriod);
  const tasksCountedOn = countedOn(reference.end, today);
  const [progress, indicators, provinceName] = await Promise.all([
    documentProgress(db, provinceCode, { asOf: tasksCountedOn, reference }),
    indicatorReadings(db, provinceCode, reference, today),
    provinceNameOf(db, provinceCode),
  ]);
  const timeliness: ConsolidatedReport["timeliness"] = [];
  if (reference.period) {
    const reports = await db
      .selectFrom("reports")
      .select(["agency_code", "state", "first_submitted_at"])
      .where("province_code", "=", provinceCode)
      .where("period", "=", reference.period)
      .execute();
    for (const { agency, scheduled } of await obligedForPeriod(db, provinceCode, reference.period)) {
      const report = reports.find((r) => r.agency_code === agency);
      const standing = reportStanding(
        scheduled.dueDate,
        report ? { state: report.state, firstSubmittedOn: dayOf(report.first_submitted_at) } : null,
        today,
      );
      timeliness.push({ agency, agencyName: agencyLabel(agency), dueDate: scheduled.dueDate, ...standing });
    }
    timeliness.sort((a, b) => a.agencyName.localeCompare(b.agencyName, "vi"));
  }
  const numbers = new Map(progress.documents.map((d) => [d.slug, d.number ?? d.title]));
  const running = reference.end >= today;
  const basis = [
    running
      ? `Kỳ báo cáo chưa kết thúc: tiến độ nhiệm vụ và số liệu tính đến ngày ${formatDay(today)}.`
      : `Tiến độ nhiệm vụ tính theo các báo cáo đã gửi của các kỳ kết thúc trước ngày ${formatDay(tasksCountedOn)}; số liệu chỉ tiêu của các kỳ đến hết ngày ${formatDay(reference.end)}.`,
    `Tình hình gửi báo cáo tính đến ngày lập báo cáo ${formatDay(today)}.`,
    "Chỉ tiêu chỉ được đánh giá khi đủ số địa bàn báo cáo (mặc định 90% số xã, phường hoặc huyện của kỳ) và số liệu các vế khớp nhau; số liệu của các kỳ sau kỳ báo cáo không được tính.",
  ];
  return {
    provinceCode,
    provinceName,
    period: reference.period,
    periodLabel: reference.label,
    periodEnd: reference.end,
    issuedOn: today,
    tasksCountedOn,
    basis,
    documents: progress.documents.map(
      ({ number, title, lifetime, total, done, in_progress, not_started, overdue }) => ({
        number,
        title,
        lifetime,
        total,
        done,
        in_progress,
        not_started,
        overdue,
      }),
    ),
    indicators: indicators.map((i) => ({
      name: i.name,
      target: describeTarget(i),
      value: i.value,
      unit: i.unit,
      period: i.period,
      previous: i.previous,
      sources: i.sources,
      valueUnit: i.valueUnit,
      through: i.through,
      asOf: i.through ?? (i.period ? earlier(periodBounds(i.period).end, today) : null),
      termTotals: i.termTotals,
      growth: i.growth,
      completeness: i.completeness ? { ...i.completeness, placeWord: i.placeWord } : null,
      minCompleteness: i.minCompleteness,
      state: i.state,
      final: i.final,
    })),
    timeliness,
    overdueTasks: progress.overdueTasks.map((t) => ({
      document: numbers.get(t.documentSlug) ?? t.documentSlug,
      ref: t.ref,
      refText: describeRef(t.ref),
      leads: t.leads,
      leadNames: t.leads.map(agencyLabel),
    })),
  };
}
