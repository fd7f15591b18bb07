import {
  isOneOffPeriod,
  loadDataGrid,
  ratioTermPairs,
  reportingAgencies,
  reportSchedule,
  tasksForReport,
  writeDataValues,
} from "@pcmt/api";
import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";
import { catalogDocuments } from "@pcmt/catalog";
import { describePeriod, formatDay, periodBounds } from "@pcmt/domain";
import { addDays, addMonths, format, parseISO } from "date-fns";
import { chance, type DemoElement, partValue, wholeValue } from "./demoValues";

/** A period as a report's text says it: "tháng 12/2024", "năm 2024"; a one-off task's report by its due day. */
const demoPeriodWords = (period: string) =>
  isOneOffPeriod(period) ? `hạn ngày ${formatDay(period)}` : describePeriod(period).toLowerCase();

/** What an agency writes beside a task, by what it reports of it. */
const narratives = {
  done: [
    "Đã hoàn thành, có báo cáo kết quả kèm theo.",
    "Đã triển khai đầy đủ đến các đơn vị trực thuộc; kết quả nêu trong báo cáo.",
  ],
  in_progress: [
    "Đang phối hợp với các cơ quan liên quan triển khai; dự kiến hoàn thành trong kỳ tới.",
    "Đã triển khai đến các đơn vị trực thuộc; tổ chức kiểm tra, đôn đốc theo kế hoạch.",
  ],
} as const;

/**
 * What an agency reports of a task in a period: done once the document's time has run far enough — a threshold of
 * its own per agency and task — so a task reported done stays done in the later reports.
 */
function demoTaskStatus(
  agency: string,
  taskId: string,
  period: string,
  lifetime: { from: string | null; until: string | null } | undefined,
): "done" | "in_progress" {
  const from = parseISO(lifetime?.from ?? "2024-01-01");
  const until = lifetime?.until ? parseISO(lifetime.until) : addMonths(from, 36);
  const end = parseISO(periodBounds(period).end);
  const elapsed = Math.min(
    1,
    Math.max(0, (end.getTime() - from.getTime()) / Math.max(1, until.getTime() - from.getTime())),
  );
  return chance(`${agency}|${taskId}|done`) < 0.85 * elapsed ? "done" : "in_progress";
}

/** The values of a sent report's grid, by each element's meaning (`demoValues`): parts within their wholes. */
async function seedValues(
  db: Kysely<CoreDatabase>,
  report: { agency_code: string; province_code: string; period: string },
  elements: Map<string, DemoElement>,
) {
  const grid = await loadDataGrid(db, report);
  if (grid.elements.length === 0 || grid.units.length === 0) return;
  const wholes = new Map((await ratioTermPairs(db)).map((p) => [p.part, p.whole]));
  const rows = [];
  for (const unit of grid.units) {
    for (const element of grid.elements) {
      const info = elements.get(element.id)!;
      const whole = wholes.get(element.id);
      const value =
        whole && elements.has(whole)
          ? partValue(info, elements.get(whole)!, unit.code, report.period)
          : wholeValue(info, unit.code, report.period);
      rows.push({
        data_element_id: element.id,
        org_unit_code: unit.code,
        period: report.period,
        value,
        agency_code: report.agency_code,
        province_code: report.province_code,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto("data_values")
      .values(rows.slice(i, i + 500))
      .execute();
}

/**
 * Ratio terms that no agency's grid carries (figures the standing office keeps, such as the communes free of drugs
 * and all communes): monthly values per commune inside their document's lifetime, up to the last full month, each
 * part within its whole.
 */
async function seedUnreportedRatioTerms(db: Kysely<CoreDatabase>, today: string, elements: Map<string, DemoElement>) {
  const documents = await db
    .selectFrom("catalog_documents")
    .select(["slug", "province_code", "covers_from", "covers_until"])
    .where(
      "slug",
      "in",
      catalogDocuments.map((d) => d.slug),
    )
    .execute();
  const owners = await db.selectFrom("catalog_data_elements").select(["id", "agency_code", "document_slug"]).execute();
  const lastMonth = format(addMonths(parseISO(today), -1), "yyyy-MM");
  for (const pair of await ratioTermPairs(db)) {
    const part = owners.find((e) => e.id === pair.part);
    const whole = owners.find((e) => e.id === pair.whole);
    const document = documents.find((d) => d.slug === part?.document_slug);
    if (!part || !whole || !document?.province_code || part.agency_code !== null || whole.agency_code !== null)
      continue;
    const months: string[] = [];
    const first = document.covers_from && document.covers_from > "2025-07-01" ? document.covers_from : "2025-07-01";
    for (
      let d = parseISO(first.slice(0, 8) + "01");
      format(d, "yyyy-MM") <= lastMonth && (!document.covers_until || format(d, "yyyy-MM-dd") <= document.covers_until);
      d = addMonths(d, 1)
    )
      months.push(format(d, "yyyy-MM"));
    const communes = await db
      .selectFrom("org_units")
      .select("code")
      .where("province_code", "=", document.province_code)
      .where("level", "=", "commune")
      .where("valid_to", "is", null)
      .where("valid_from", ">=", "2025-07-01")
      .execute();
    const rows = months.flatMap((period) =>
      communes.flatMap(({ code }) => {
        const of = (id: string, value: number) => ({
          elementId: id,
          orgUnit: code,
          period,
          value,
          agencyCode: "steering_committee",
          provinceCode: document.province_code as string,
        });
        return [
          of(whole.id, wholeValue(elements.get(whole.id)!, code, period)),
          of(part.id, partValue(elements.get(part.id)!, elements.get(whole.id)!, code, period)),
        ];
      }),
    );
    await writeDataValues(db, rows, { userId: null, audit: null });
  }
}

/**
 * The baseline a growth target is compared with ("tăng 5% so với năm 2023"): the year before each document began,
 * and the months of its first year for which no report was due (a plan issued in February), for the data elements
 * that indicators measure against the previous year — as the standing office would import them.
 */
async function seedGrowthBaselines(db: Kysely<CoreDatabase>, elements: Map<string, DemoElement>) {
  const growth = await db
    .selectFrom("catalog_indicators")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_indicators.document_slug")
    .innerJoin("catalog_data_elements", (join) =>
      join
        .onRef("catalog_data_elements.document_slug", "=", "catalog_indicators.document_slug")
        .onRef("catalog_data_elements.code", "=", "catalog_indicators.element"),
    )
    .select([
      "catalog_data_elements.id",
      "catalog_data_elements.agency_code",
      "catalog_documents.province_code",
      "catalog_documents.covers_from",
      "catalog_indicators.baseline",
    ])
    .where(
      "catalog_documents.slug",
      "in",
      catalogDocuments.map((d) => d.slug),
    )
    .execute();
  const seen = new Set<string>();
  for (const g of growth) {
    if (g.baseline !== "previous_year" || !g.covers_from || !g.province_code || seen.has(g.id)) continue;
    seen.add(g.id);
    const year = Number(g.covers_from.slice(0, 4));
    const stored = new Set(
      (
        await db.selectFrom("data_values").select("period").distinct().where("data_element_id", "=", g.id).execute()
      ).map((r) => r.period),
    );
    const periods = [
      String(year - 1),
      ...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`).filter(
        (m) => !stored.has(m) && stored.has(`${year}-12`),
      ),
    ];
    const rows = [];
    for (const period of periods) {
      const units = await loadDataGrid(db, {
        agency_code: g.agency_code ?? "steering_committee",
        province_code: g.province_code,
        period,
      });
      for (const unit of units.units)
        rows.push({
          elementId: g.id,
          orgUnit: unit.code,
          period,
          value: wholeValue(elements.get(g.id)!, unit.code, period),
          agencyCode: g.agency_code ?? "steering_committee",
          provinceCode: g.province_code,
        });
    }
    await writeDataValues(db, rows, { userId: null, audit: null });
  }
}

/**
 * One finding of the kind real data holds, so the console shows how it is flagged: in the latest period of the first
 * ratio whose two terms two agencies enter (people reached by services, entered by labour, of people with a record,
 * entered by the police), one commune's part is set above its whole — "số liệu chưa khớp", pointing at that commune.
 */
async function seedCrossAgencyFinding(db: Kysely<CoreDatabase>) {
  const elements = await db.selectFrom("catalog_data_elements").select(["id", "agency_code"]).execute();
  const agencyOf = new Map(elements.map((e) => [e.id, e.agency_code]));
  for (const pair of await ratioTermPairs(db)) {
    if (!agencyOf.get(pair.part) || !agencyOf.get(pair.whole) || agencyOf.get(pair.part) === agencyOf.get(pair.whole))
      continue;
    // The period the console reads: the latest to end, the longer one when two end the same day.
    const periods = (
      await db.selectFrom("data_values").select("period").distinct().where("data_element_id", "=", pair.part).execute()
    ).map((r) => r.period);
    const period = periods.sort(
      (a, b) => periodBounds(b).end.localeCompare(periodBounds(a).end) || a.length - b.length,
    )[0];
    if (!period) continue;
    const latest = await db
      .selectFrom("data_values as p")
      .innerJoin("data_values as w", (join) =>
        join
          .onRef("w.period", "=", "p.period")
          .onRef("w.province_code", "=", "p.province_code")
          .onRef("w.org_unit_code", "=", "p.org_unit_code"),
      )
      .select(["p.period", "p.province_code", "p.org_unit_code", "w.value as whole"])
      .where("p.data_element_id", "=", pair.part)
      .where("w.data_element_id", "=", pair.whole)
      .where("p.period", "=", period)
      .orderBy("p.org_unit_code")
      .limit(1)
      .executeTakeFirst();
    if (!latest) continue;
    await db
      .updateTable("data_values")
      .set({ value: latest.whole + 3 })
      .where("data_element_id", "=", pair.part)
      .where("period", "=", latest.period)
      .where("province_code", "=", latest.province_code)
      .where("org_unit_code", "=", latest.org_unit_code)
      .execute();
    return;
  }
}

/**
 * A plausible history of reports for the embedded demo: every agency of the three provinces, every period due from
 * 2024 until today, with the values of their data grids. Most reports are accepted on time, some late, some still
 * waiting, some missing, and one returned with a reason, so the desk and the workspace have something to show.
 * Runs once (when no report exists).
 */
export async function seedDemoReports(
  db: Kysely<CoreDatabase>,
  today = format(new Date(), "yyyy-MM-dd"),
): Promise<number> {
  const existing = await db
    .selectFrom("reports")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 0;
  let created = 0;
  await db.transaction().execute(async (trx) => {
    const lifetimes = new Map(
      (await trx.selectFrom("catalog_documents").select(["slug", "covers_from", "covers_until"]).execute()).map((d) => [
        d.slug,
        { from: d.covers_from, until: d.covers_until },
      ]),
    );
    const elements = new Map(
      (await trx.selectFrom("catalog_data_elements").select(["id", "name", "unit", "aggregation"]).execute()).map(
        (e) => [e.id, e],
      ),
    );
    // The provinces of the repository's documents (not those of a synthetic dataset loaded beside them).
    const provinces = await trx
      .selectFrom("catalog_documents")
      .select("province_code as code")
      .distinct()
      .where(
        "slug",
        "in",
        catalogDocuments.map((d) => d.slug),
      )
      .where("province_code", "is not", null)
      .execute();
    for (const { code } of provinces) {
      const province = { code: code as string };
      for (const agency of await reportingAgencies(trx, province.code)) {
        const schedule = await reportSchedule(trx, agency, province.code, "2024-01-01", today);
        for (const entry of schedule) {
          if (entry.dueDate > today) continue;
          const roll = chance(`${province.code}|${agency}|${entry.period}`);
          if (roll < 0.1) continue; // missing: never sent
          const late = roll > 0.82;
          const waiting = roll > 0.74 && roll <= 0.82;
          const submittedOn = late
            ? format(
                addDays(parseISO(entry.dueDate), 1 + Math.floor(chance(`${agency}${entry.period}d`) * 14)),
                "yyyy-MM-dd",
              )
            : format(addDays(parseISO(entry.dueDate), -Math.floor(roll * 5)), "yyyy-MM-dd");
          const submittedAt = new Date(`${submittedOn}T09:30:00+07:00`);
          const state = waiting ? "submitted" : "accepted";
          const report = await trx
            .insertInto("reports")
            .values({
              agency_code: agency,
              province_code: province.code,
              period: entry.period,
              due_date: entry.dueDate,
              state,
              summary: `Báo cáo kết quả công tác phòng, chống ma túy ${demoPeriodWords(entry.period)}.`,
              first_submitted_at: submittedAt,
              last_submitted_at: submittedAt,
              reviewed_at: state === "accepted" ? addDays(submittedAt, 2) : null,
            })
            .returning("id")
            .executeTakeFirstOrThrow();
          const taskIds = await tasksForReport(trx, agency, entry, province.code);
          if (taskIds.length > 0) {
            await trx
              .insertInto("report_items")
              .values(
                taskIds.map((taskId, i) => {
                  const status = demoTaskStatus(
                    agency,
                    taskId,
                    entry.period,
                    lifetimes.get(taskId.split("#")[0] ?? ""),
                  );
                  return {
                    report_id: report.id,
                    task_id: taskId,
                    status,
                    narrative: narratives[status][Math.floor(chance(`${report.id}${i}n`) * 2)] ?? "",
                  };
                }),
              )
              .execute();
          }
          const snapshot = await trx
            .selectFrom("report_items")
            .select(["task_id as taskId", "status", "narrative"])
            .where("report_id", "=", report.id)
            .execute();
          await trx
            .insertInto("report_versions")
            .values({
              report_id: report.id,
              number: 1,
              submitted_at: submittedAt,
              submitted_by: null,
              snapshot: JSON.stringify({ summary: "", items: snapshot }),
            })
            .execute();
          await trx
            .insertInto("audit_log")
            .values({
              action: "report.submit",
              entity: "report",
              entity_id: report.id,
              after: JSON.stringify({ state: "submitted", demo: true }),
              at: submittedAt,
            })
            .execute();
          await seedValues(trx, { agency_code: agency, province_code: province.code, period: entry.period }, elements);
          created++;
        }
      }
    }
    await seedUnreportedRatioTerms(trx, today, elements);
    await seedGrowthBaselines(trx, elements);
    await seedCrossAgencyFinding(trx);
    // One report sent back for correction, as the standing office does.
    const candidate = await trx
      .selectFrom("reports")
      .select("id")
      .where("province_code", "=", "quang_tri")
      .where("agency_code", "=", "health")
      .where("state", "=", "accepted")
      .orderBy("due_date", "desc")
      .executeTakeFirst();
    if (candidate) {
      await trx
        .updateTable("reports")
        .set({
          state: "returned",
          return_reason:
            "Đề nghị bổ sung số liệu người nghiện được điều trị Methadone theo từng xã và kết quả xác định tình trạng nghiện.",
          version: sql`version + 1`,
        })
        .where("id", "=", candidate.id)
        .execute();
      await trx
        .insertInto("audit_log")
        .values({
          action: "report.return",
          entity: "report",
          entity_id: candidate.id,
          after: JSON.stringify({ state: "returned", demo: true }),
        })
        .execute();
    }
  });
  return created;
}
