import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type Actor, isWholeNumberUnit, maxDataValue, parsePeriod } from "@pcmt/domain";
import { sql } from "@pcmt/db";
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

export const valueFileColumns = { element: "Mã chỉ tiêu", orgUnit: "Mã địa bàn", period: "Kỳ", value: "Giá trị" } as const;

/** Only the first problems are listed: a file with a wrong column would otherwise list every row. */
const maxProblems = 200;

interface ElementInfo {
  id: string;
  name: string;
  agency: string | null;
  unit: string;
  provinceCode: string | null;
}

interface UnitInfo {
  provinceCode: string;
  level: string;
  validFrom: string | null;
  validTo: string | null;
}

const periodCache = new Map<string, { start: string; end: string } | null>();
function boundsOf(period: string): { start: string; end: string } | null {
  let bounds = periodCache.get(period);
  if (bounds === undefined) {
    try {
      bounds = /^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(period) ? parsePeriod(period) : null;
    } catch {
      bounds = null;
    }
    periodCache.set(period, bounds);
  }
  return bounds;
}

/** Who may store a value: the agency's officers in their province, the standing office in its province, an admin. */
function mayWrite(actor: Actor, element: ElementInfo, provinceCode: string): string | null {
  if (actor.role === "admin") return null;
  if (actor.provinceCode !== provinceCode) return "Địa bàn không thuộc tỉnh của tài khoản";
  if (actor.role === "standing_office") return null;
  if (actor.role === "agency_officer" && element.agency === actor.agencyCode) return null;
  return "Chỉ tiêu này do cơ quan khác nhập";
}

/**
 * Checks every line of a value file against the catalog, the places and the periods they existed in, the actor's
 * rights and the reports already sent, and returns either the values to store or every problem (by row and
 * column). Nothing is stored here.
 */
export async function checkValueLines(db: Kysely<CoreDatabase>, actor: Actor, lines: readonly ValueLine[]): Promise<{ writes: DataValueWrite[]; problems: ImportProblem[]; problemCount: number }> {
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const problem = (row: number, column: string, message: string) => {
    problemCount++;
    if (problems.length < maxProblems) problems.push({ row, column, message });
  };

  const elementRows = await db
    .selectFrom("catalog_data_elements")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_data_elements.document_slug")
    .select(["catalog_data_elements.id", "catalog_data_elements.code", "catalog_data_elements.name", "catalog_data_elements.agency_code as agency", "catalog_data_elements.unit", "catalog_documents.province_code as provinceCode"])
    .execute();
  const elements = new Map<string, ElementInfo>(elementRows.map((e) => [e.id, e]));
  const wantedUnits = [...new Set(lines.map((l) => l.orgUnit))];
  const units = new Map<string, UnitInfo>();
  for (let i = 0; i < wantedUnits.length; i += 10_000) {
    const rows = await db
      .selectFrom("org_units")
      .select(["code", "province_code as provinceCode", "level", "valid_from as validFrom", "valid_to as validTo"])
      .where("code", "in", wantedUnits.slice(i, i + 10_000))
      .execute();
    for (const u of rows) units.set(u.code, u);
  }
  // Periods whose report the agency has already sent: an officer can no longer change them by a file.
  const sent = new Set<string>();
  if (actor.role === "agency_officer" && actor.agencyCode && actor.provinceCode) {
    const reports = await db
      .selectFrom("reports")
      .select("period")
      .where("agency_code", "=", actor.agencyCode)
      .where("province_code", "=", actor.provinceCode)
      .where("state", "in", ["submitted", "accepted"])
      .execute();
    for (const r of reports) sent.add(r.period);
  }

  const writes: DataValueWrite[] = [];
  const rowOf = new Map<string, number>();
  for (const line of lines) {
    const element = elements.get(line.element);
    const unit = units.get(line.orgUnit);
    const bounds = boundsOf(line.period);
    if (!element) {
      problem(line.row, valueFileColumns.element, `Không có chỉ tiêu “${line.element}” (cần mã dạng văn-bản#mã-chỉ-tiêu)`);
      continue;
    }
    if (!unit) {
      problem(line.row, valueFileColumns.orgUnit, `Không có địa bàn “${line.orgUnit}”`);
      continue;
    }
    if (!bounds) {
      problem(line.row, valueFileColumns.period, `Kỳ “${line.period}” không hợp lệ (cần dạng 2024, 2024-H1, 2024-Q2 hoặc 2024-05)`);
      continue;
    }
    if (unit.level === "province") {
      problem(line.row, valueFileColumns.orgUnit, "Nhập số liệu cho xã, phường (hoặc huyện trước 1/7/2025), không cho cả tỉnh: số của tỉnh là tổng");
      continue;
    }
    if ((unit.validFrom !== null && unit.validFrom > bounds.end) || (unit.validTo !== null && unit.validTo < bounds.start)) {
      problem(line.row, valueFileColumns.orgUnit, `Địa bàn “${line.orgUnit}” không tồn tại trong kỳ ${line.period}`);
      continue;
    }
    if (element.provinceCode !== unit.provinceCode) {
      problem(line.row, valueFileColumns.element, `Chỉ tiêu “${element.name}” không thuộc văn bản của tỉnh có địa bàn này`);
      continue;
    }
    const refused = mayWrite(actor, element, unit.provinceCode);
    if (refused) {
      problem(line.row, valueFileColumns.element, refused);
      continue;
    }
    if (sent.has(line.period)) {
      problem(line.row, valueFileColumns.period, `Báo cáo kỳ ${line.period} đã gửi: số liệu của kỳ chỉ sửa khi báo cáo được trả lại`);
      continue;
    }
    if (line.value !== null) {
      if (!Number.isFinite(line.value)) problem(line.row, valueFileColumns.value, "Phải là một số");
      else if (line.value < 0) problem(line.row, valueFileColumns.value, "Không được âm");
      else if (line.value > maxDataValue) problem(line.row, valueFileColumns.value, "Số quá lớn");
      else if (isWholeNumberUnit(element.unit) && !Number.isInteger(line.value)) problem(line.row, valueFileColumns.value, "Phải là số nguyên");
    }
    const key = dataValueKey(element.id, line.orgUnit, line.period);
    const earlier = rowOf.get(key);
    if (earlier !== undefined) {
      problem(line.row, valueFileColumns.element, `Trùng với dòng ${earlier} (cùng chỉ tiêu, địa bàn và kỳ)`);
      continue;
    }
    rowOf.set(key, line.row);
    writes.push({ elementId: element.id, orgUnit: line.orgUnit, period: line.period, value: line.value, agencyCode: element.agency ?? "steering_committee", provinceCode: unit.provinceCode });
  }
  if (problemCount === 0) {
    for (const p of await partsLargerThanWholes(db, writes, elements)) problem(rowOf.get(dataValueKey(p.part, p.orgUnit, p.period)) ?? rowOf.get(dataValueKey(p.whole, p.orgUnit, p.period)) ?? 0, valueFileColumns.value, p.message);
  }
  return { writes: problemCount === 0 ? writes : [], problems, problemCount };
}

/**
 * Each part (a ratio's numerator) must not exceed its whole in the same place and period, as the values will be
 * after the import: the file's values, and the stored ones for terms the file does not give.
 */
async function partsLargerThanWholes(db: Kysely<CoreDatabase>, writes: readonly DataValueWrite[], elements: ReadonlyMap<string, ElementInfo>) {
  const ratios = await db
    .selectFrom("catalog_indicators")
    .select(["document_slug", "numerator", "denominator"])
    .where("aggregation", "=", "ratio")
    .where("numerator", "is not", null)
    .where("denominator", "is not", null)
    .execute();
  const pairs = ratios.map((r) => ({ part: `${r.document_slug}#${r.numerator}`, whole: `${r.document_slug}#${r.denominator}` })).filter((p) => elements.has(p.part) && elements.has(p.whole));
  if (pairs.length === 0) return [];
  const inFile = new Map(writes.map((w) => [dataValueKey(w.elementId, w.orgUnit, w.period), w.value]));
  const checks: { part: string; whole: string; orgUnit: string; period: string; provinceCode: string }[] = [];
  const partsOf = new Map<string, { part: string; whole: string }[]>();
  for (const p of pairs) {
    for (const id of [p.part, p.whole]) partsOf.set(id, [...(partsOf.get(id) ?? []), p]);
  }
  const seen = new Set<string>();
  for (const w of writes) {
    for (const p of partsOf.get(w.elementId) ?? []) {
      const key = `${p.part}|${w.orgUnit}|${w.period}`;
      if (seen.has(key)) continue;
      seen.add(key);
      checks.push({ ...p, orgUnit: w.orgUnit, period: w.period, provinceCode: w.provinceCode });
    }
  }
  // The stored values of terms the file leaves out, fetched in one query per chunk.
  const missing = [
    ...new Set(
      checks.flatMap((c) => [`${c.provinceCode}|${dataValueKey(c.part, c.orgUnit, c.period)}`, `${c.provinceCode}|${dataValueKey(c.whole, c.orgUnit, c.period)}`]).filter((k) => !inFile.has(k.slice(k.indexOf("|") + 1))),
    ),
  ];
  const stored = new Map<string, number>();
  for (let i = 0; i < missing.length; i += 20_000) {
    const keys = missing.slice(i, i + 20_000).map((k) => k.split("|"));
    const rows = await sql<{ data_element_id: string; org_unit_code: string; period: string; value: number }>`
      select d.data_element_id, d.org_unit_code, d.period, d.value
      from unnest(${keys.map((k) => k[0])}::text[], ${keys.map((k) => k[1])}::text[], ${keys.map((k) => k[2])}::text[], ${keys.map((k) => k[3])}::text[]) as k(pr, e, u, p)
      join data_values d on d.province_code = k.pr and d.data_element_id = k.e and d.period = k.p and d.org_unit_code = k.u`.execute(db);
    for (const r of rows.rows) stored.set(dataValueKey(r.data_element_id, r.org_unit_code, r.period), r.value);
  }
  const valueOf = (key: string) => (inFile.has(key) ? (inFile.get(key) ?? null) : (stored.get(key) ?? null));
  const found = [];
  for (const c of checks) {
    const part = valueOf(dataValueKey(c.part, c.orgUnit, c.period));
    const whole = valueOf(dataValueKey(c.whole, c.orgUnit, c.period));
    if (part !== null && whole !== null && part > whole) {
      found.push({ ...c, message: `${c.orgUnit}, kỳ ${c.period}: “${elements.get(c.part)?.name}” (${part}) lớn hơn “${elements.get(c.whole)?.name}” (${whole})` });
    }
  }
  return found;
}
