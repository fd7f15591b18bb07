import type { CoreDatabase, Kysely } from "@pcmt/db";
import {
  type Actor,
  agencyLabel,
  countedFor,
  existsOn,
  formatDay,
  isWholeNumberUnit,
  maxDataValue,
  type PartOfWhole,
  periodBounds,
  placeCountRefusal,
  reportingLevelFor,
} from "@pcmt/domain";
import { sql } from "@pcmt/db";
import { format } from "date-fns";
import { ratioTermPairs } from "../catalog/ratioTerms";
import type { ImportProblem } from "../dataEntry/gridFiles";
import { type DataValueWrite, dataValueKey } from "./writeDataValues";

/** One line of a value file: which value (element, place, period) and the number, with its row in the file. */
export interface ValueLine {
  row: number;
  element: string;
  orgUnit: string;
  period: string;
  value: number | null;
}

export const valueFileColumns = {
  element: "Mã chỉ tiêu",
  orgUnit: "Mã địa bàn",
  period: "Kỳ",
  value: "Giá trị",
} as const;

/** Only the first problems are listed: a file with a wrong column would otherwise list every row. */
const maxProblems = 200;

interface ElementInfo {
  id: string;
  code: string;
  name: string;
  agency: string | null;
  unit: string;
  provinceCode: string | null;
  coversFrom: string | null;
  coversUntil: string | null;
  /** Measured against the previous year by some indicator: the year before the document may be entered as its baseline. */
  hasGrowthTarget: boolean;
}

interface UnitInfo {
  name: string;
  provinceCode: string;
  level: string;
  validFrom: string | null;
  validTo: string | null;
}

/** A period id of a value file (not a day), or null. */
function boundsOf(period: string): { start: string; end: string } | null {
  return /^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(period) ? periodBounds(period) : null;
}

/**
 * A value belongs to a period its document governs — the agency's obligation under that document — or, for a count
 * measured against the previous year, to the year before the document began (its baseline). Null when it does;
 * otherwise why not.
 */
function outsideLifetime(element: ElementInfo, period: string, bounds: { start: string; end: string }): string | null {
  const from =
    element.coversFrom && element.hasGrowthTarget
      ? `${Number(element.coversFrom.slice(0, 4)) - 1}-01-01`
      : element.coversFrom;
  if ((from !== null && bounds.end < from) || (element.coversUntil !== null && bounds.start > element.coversUntil)) {
    const span = `${element.coversFrom ? formatDay(element.coversFrom) : "…"} – ${element.coversUntil ? formatDay(element.coversUntil) : "nay"}`;
    return `Kỳ ${period} nằm ngoài thời gian thực hiện của văn bản có chỉ tiêu “${element.name}” (${span})`;
  }
  return null;
}

/** Who may store a value: the agency's officers in their province, the standing office in its province, an admin. */
function mayWrite(actor: Actor, element: ElementInfo, provinceCode: string): string | null {
  if (actor.role === "admin") return null;
  if (actor.provinceCode !== provinceCode) return "Địa bàn không thuộc tỉnh của tài khoản";
  if (actor.role === "standing_office") return null;
  if (actor.role === "agency_officer" && element.agency === actor.agencyCode) return null;
  return "Chỉ tiêu này do cơ quan khác nhập";
}

interface PlacePeriod {
  orgUnit: string;
  period: string;
  provinceCode: string;
  values: Map<string, number | null>;
  rows: Map<string, number>;
}

interface CheckContext {
  today: string;
  elements: Map<string, ElementInfo>;
  units: Map<string, UnitInfo>;
  /** Reports submitted or accepted, "province|agency|period": their values change only once the report is reopened. */
  locked: Map<string, "submitted" | "accepted">;

  /** For each element, the ratio pairs (part ≤ whole) it is a term of. */
  pairsOf: Map<string, PartOfWhole[]>;
}

async function loadCheckContext(db: Kysely<CoreDatabase>, actor: Actor, today: string): Promise<CheckContext> {
  const elementRows = await db
    .selectFrom("catalog_data_elements")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_data_elements.document_slug")
    .select([
      "catalog_data_elements.id",
      "catalog_data_elements.code",
      "catalog_data_elements.name",
      "catalog_data_elements.agency_code as agency",
      "catalog_data_elements.unit",
      "catalog_documents.province_code as provinceCode",
      "catalog_documents.covers_from as coversFrom",
      "catalog_documents.covers_until as coversUntil",
    ])
    .execute();
  const growth = await db
    .selectFrom("catalog_indicators")
    .select(["document_slug", "element", "baseline"])
    .where("element", "is not", null)
    .execute();
  const withGrowth = new Set(
    growth.filter((g) => g.baseline === "previous_year").map((g) => `${g.document_slug}#${g.element}`),
  );
  const elements = new Map<string, ElementInfo>(
    elementRows.map((e) => [e.id, { ...e, hasGrowthTarget: withGrowth.has(e.id) }]),
  );
  // Reports sent or accepted: their values are frozen for everyone (grid, file, API) until the office reopens them.
  const locked = await lockedReports(db, actor);
  const pairsOf = new Map<string, PartOfWhole[]>();
  for (const pair of await ratioTermPairs(db)) {
    if (!elements.has(pair.part) || !elements.has(pair.whole)) continue;
    for (const id of [pair.part, pair.whole]) {
      const list = pairsOf.get(id);
      if (list) list.push(pair);
      else pairsOf.set(id, [pair]);
    }
  }
  // Every place (tens of thousands at most, nationally): no query while the import's transaction is writing.
  const units = new Map<string, UnitInfo>();
  for (const u of await db
    .selectFrom("org_units")
    .select([
      "code",
      "name",
      "province_code as provinceCode",
      "level",
      "valid_from as validFrom",
      "valid_to as validTo",
    ])
    .execute())
    units.set(u.code, u);
  return { today, elements, units, locked, pairsOf };
}

/** Reports sent or accepted, by province, agency and period: their values are frozen for everyone. */
async function lockedReports(db: Kysely<CoreDatabase>, actor: Actor) {
  const locked = new Map<string, "submitted" | "accepted">();
  let reports = db
    .selectFrom("reports")
    .select(["province_code", "agency_code", "period", "state"])
    .where("state", "in", ["submitted", "accepted"]);
  if (actor.provinceCode) reports = reports.where("province_code", "=", actor.provinceCode);
  for (const r of await reports.execute())
    locked.set(`${r.province_code}|${r.agency_code}|${r.period}`, r.state as "submitted" | "accepted");
  return locked;
}

const frozenMessage = (period: string, agency: string, state: "submitted" | "accepted") =>
  `Báo cáo kỳ ${period} của ${agencyLabel(agency)} ${state === "accepted" ? "đã được tiếp nhận" : "đã gửi"}: số liệu của kỳ chỉ sửa khi cơ quan thường trực trả lại (mở lại) báo cáo`;

/**
 * Checks the lines of a value file, chunk by chunk, against the catalog (an element the platform counts from the
 * places takes no value for a period it counts, `countedFor`: `communes_total` from 1/7/2025), the places and the
 * periods they existed in, the actor's rights, the reports already sent and duplicates, listing every problem by
 * row and column. The rule that a part must not exceed its whole is checked at the end (`checkParts`), over the
 * whole file: a file may give a part and its whole far apart, or only one of them (the other is then the stored
 * value). Nothing is stored here.
 */
export class ValueLineChecker {
  readonly problems: ImportProblem[] = [];
  problemCount = 0;
  /** The file's lines by place and period, then by element (value and row): duplicates, parts and wholes. */
  readonly #places = new Map<string, PlacePeriod>();
  /** Files list a place's values together: the last place looked up is usually the next one. */
  #last: PlacePeriod | null = null;

  #placeOf(orgUnit: string, period: string, provinceCode: string): PlacePeriod {
    const last = this.#last;
    if (last && last.orgUnit === orgUnit && last.period === period) return last;
    const key = `${orgUnit}|${period}`;
    let place = this.#places.get(key);
    if (!place) this.#places.set(key, (place = { orgUnit, period, provinceCode, values: new Map(), rows: new Map() }));
    this.#last = place;
    return place;
  }

  private constructor(
    private readonly actor: Actor,
    readonly context: CheckContext,
  ) {}

  /** Reads what the checks need (elements, places, obligations, locked reports, ratio pairs) before any writing starts. */
  static async create(
    db: Kysely<CoreDatabase>,
    actor: Actor,
    today = format(new Date(), "yyyy-MM-dd"),
  ): Promise<ValueLineChecker> {
    return new ValueLineChecker(actor, await loadCheckContext(db, actor, today));
  }

  problem(row: number, column: string, message: string) {
    this.problemCount++;
    if (this.problems.length < maxProblems) this.problems.push({ row, column, message });
  }

  /** Checks one chunk of lines; returns its values to store (none once any problem was found). */
  check(chunk: readonly ValueLine[]): DataValueWrite[] {
    const { elements, units, locked, today } = this.context;
    const writes: DataValueWrite[] = [];
    for (const line of chunk) {
      const element = elements.get(line.element);
      const unit = units.get(line.orgUnit);
      const bounds = boundsOf(line.period);
      if (!element) {
        this.problem(
          line.row,
          valueFileColumns.element,
          `Không có chỉ tiêu “${line.element}” (cần mã dạng văn-bản#mã-chỉ-tiêu)`,
        );
        continue;
      }
      const counted = bounds ? countedFor(element.code, line.period) : null;
      if (counted) {
        this.problem(line.row, valueFileColumns.element, placeCountRefusal(element.name, counted));
        continue;
      }
      if (!unit) {
        this.problem(line.row, valueFileColumns.orgUnit, `Không có địa bàn “${line.orgUnit}”`);
        continue;
      }
      if (!bounds) {
        this.problem(
          line.row,
          valueFileColumns.period,
          `Kỳ “${line.period}” không hợp lệ (cần dạng 2024, 2024-H1, 2024-Q2 hoặc 2024-05)`,
        );
        continue;
      }
      if (bounds.start > today) {
        this.problem(line.row, valueFileColumns.period, `Kỳ ${line.period} chưa bắt đầu: chưa nhập được số liệu`);
        continue;
      }
      const outside = outsideLifetime(element, line.period, bounds);
      if (outside) {
        this.problem(line.row, valueFileColumns.period, outside);
        continue;
      }
      if (unit.level === "province") {
        this.problem(
          line.row,
          valueFileColumns.orgUnit,
          "Nhập số liệu cho xã, phường (hoặc huyện trước 1/7/2025), không cho cả tỉnh: số của tỉnh là tổng",
        );
        continue;
      }
      const level = reportingLevelFor(line.period);
      if (unit.level !== level) {
        this.problem(
          line.row,
          valueFileColumns.orgUnit,
          level === "district"
            ? `Kỳ ${line.period} (trước 1/7/2025) nhập theo huyện, thị xã, thành phố: “${line.orgUnit}” là cấp xã`
            : `Kỳ ${line.period} nhập theo xã, phường: “${line.orgUnit}” là cấp huyện (đã bỏ từ 1/7/2025)`,
        );
        continue;
      }
      if (!existsOn(unit, bounds.end)) {
        this.problem(
          line.row,
          valueFileColumns.orgUnit,
          `Địa bàn “${line.orgUnit}” không tồn tại vào cuối kỳ ${line.period}`,
        );
        continue;
      }
      if (element.provinceCode !== unit.provinceCode) {
        this.problem(
          line.row,
          valueFileColumns.element,
          `Chỉ tiêu “${element.name}” không thuộc văn bản của tỉnh có địa bàn này`,
        );
        continue;
      }
      const refused = mayWrite(this.actor, element, unit.provinceCode);
      if (refused) {
        this.problem(line.row, valueFileColumns.element, refused);
        continue;
      }
      const frozen = element.agency ? locked.get(`${unit.provinceCode}|${element.agency}|${line.period}`) : undefined;
      if (frozen) {
        this.problem(line.row, valueFileColumns.period, frozenMessage(line.period, element.agency!, frozen));
        continue;
      }
      if (line.value !== null) {
        if (!Number.isFinite(line.value)) this.problem(line.row, valueFileColumns.value, "Phải là một số");
        else if (line.value < 0) this.problem(line.row, valueFileColumns.value, "Không được âm");
        else if (line.value > maxDataValue) this.problem(line.row, valueFileColumns.value, "Số quá lớn");
        else if (isWholeNumberUnit(element.unit) && !Number.isInteger(line.value))
          this.problem(line.row, valueFileColumns.value, "Phải là số nguyên");
      }
      const place = this.#placeOf(line.orgUnit, line.period, unit.provinceCode);
      const earlier = place.rows.get(element.id);
      if (earlier !== undefined) {
        this.problem(line.row, valueFileColumns.element, `Trùng với dòng ${earlier} (cùng chỉ tiêu, địa bàn và kỳ)`);
        continue;
      }
      place.rows.set(element.id, line.row);
      place.values.set(element.id, line.value);
      writes.push({
        elementId: element.id,
        orgUnit: line.orgUnit,
        period: line.period,
        value: line.value,
        agencyCode: element.agency ?? "steering_committee",
        provinceCode: unit.provinceCode,
      });
    }
    return this.problemCount > 0 ? [] : writes;
  }

  /**
   * Every part larger than its whole, as the values will be: the file's, and the stored ones for terms the file
   * does not give (looked up in `db`, one query per twenty thousand). Call once every chunk was checked.
   */
  async checkParts(db: Kysely<CoreDatabase>): Promise<void> {
    const { elements, pairsOf } = this.context;
    const missing: { provinceCode: string; elementId: string; orgUnit: string; period: string }[] = [];
    for (const place of this.#places.values()) {
      for (const elementId of place.values.keys()) {
        for (const pair of pairsOf.get(elementId) ?? []) {
          for (const term of [pair.part, pair.whole]) {
            if (!place.values.has(term) && !countedFor(term, place.period))
              missing.push({
                provinceCode: place.provinceCode,
                elementId: term,
                orgUnit: place.orgUnit,
                period: place.period,
              });
          }
        }
      }
    }
    const stored = new Map<string, number>();
    for (let i = 0; i < missing.length; i += 20_000) {
      const keys = missing.slice(i, i + 20_000);
      const rows = await sql<{ data_element_id: string; org_unit_code: string; period: string; value: number }>`
        select d.data_element_id, d.org_unit_code, d.period, d.value
        from unnest(${keys.map((k) => k.period)}::text[], ${keys.map((k) => k.provinceCode)}::text[], ${keys.map((k) => k.elementId)}::text[], ${keys.map((k) => k.orgUnit)}::text[]) as k(p, pr, e, u)
        join data_values d on d.period = k.p and d.province_code = k.pr and d.data_element_id = k.e and d.org_unit_code = k.u`.execute(
        db,
      );
      for (const r of rows.rows) stored.set(dataValueKey(r.data_element_id, r.org_unit_code, r.period), r.value);
    }
    for (const place of this.#places.values()) {
      // A whole the platform counts for the period is the place itself (1) — the lines checked are of places of its
      // level existing at the period's end —, never a stored value; in a period it cannot count, it is entered.
      const valueOf = (id: string) => {
        if (countedFor(id, place.period)) return 1;
        return place.values.has(id)
          ? (place.values.get(id) ?? null)
          : (stored.get(dataValueKey(id, place.orgUnit, place.period)) ?? null);
      };
      const seen = new Set<PartOfWhole>();
      for (const elementId of place.values.keys()) {
        for (const pair of pairsOf.get(elementId) ?? []) {
          if (seen.has(pair)) continue;
          seen.add(pair);
          const part = valueOf(pair.part);
          const whole = valueOf(pair.whole);
          if (part !== null && whole !== null && part > whole) {
            const row = place.rows.get(pair.part) ?? place.rows.get(pair.whole) ?? 0;
            this.problem(
              row,
              valueFileColumns.value,
              `${this.context.units.get(place.orgUnit)?.name ?? place.orgUnit} (${place.orgUnit}), kỳ ${place.period}: “${elements.get(pair.part)?.name}” (${part}) lớn hơn “${elements.get(pair.whole)?.name}” (${whole})`,
            );
          }
        }
      }
    }
  }

  /**
   * Reports sent or accepted since the lines were checked (by someone else, meanwhile): checked again in the
   * transaction that writes, so a value never lands in a period that froze while the file was being read.
   */
  async checkFrozenSince(db: Kysely<CoreDatabase>): Promise<void> {
    const { elements } = this.context;
    const now = await lockedReports(db, this.actor);
    for (const place of this.#places.values()) {
      for (const [elementId, row] of place.rows) {
        const agency = elements.get(elementId)?.agency;
        const state = agency ? now.get(`${place.provinceCode}|${agency}|${place.period}`) : undefined;
        if (agency && state) this.problem(row, valueFileColumns.period, frozenMessage(place.period, agency, state));
      }
    }
  }

  /** The problems found, in the file's order. */
  sortedProblems(): ImportProblem[] {
    return [...this.problems].sort((a, b) => a.row - b.row);
  }
}
