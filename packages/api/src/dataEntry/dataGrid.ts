import type { CoreDatabase, Kysely } from "@pcmt/db";
import { ratioTermPairs } from "../catalog/ratioTerms";
import {
  countedFor,
  type GridCell,
  isWholeNumberUnit,
  type PartOfWhole,
  periodBounds,
  reportingLevelFor,
  sortByVietnameseName,
} from "@pcmt/domain";
import { loadValueNotes, type ValueNote } from "./valueNotes";

export interface DataGrid {
  period: string;
  level: "district" | "commune";
  elements: { id: string; code: string; name: string; unit: string; documentSlug: string }[];
  units: { code: string; name: string; kind: string }[];
  cells: GridCell[];
  /** Values copied from an earlier period and not yet confirmed, values that raised warnings. */
  notes: ValueNote[];
  /** Parts and wholes: both the agency's columns, or a whole the platform counts (`counted`). */
  parts: PartOfWhole[];
  wholeNumberElements: Set<string>;
  /**
   * Data elements the platform counts from the place hierarchy for the grid's period (`countedFor`: `communes_total`
   * from 1/7/2025) that are the agency's or the whole of one of its columns: never a column to enter (a value for
   * one is refused), with where the figure comes from and its value in each row — 1, the place itself —, which the
   * parts of it are checked against. For a period the hierarchy cannot count (per district, before the reform), a
   * place-count element is an ordinary column of the agency it is given to.
   */
  counted: { id: string; code: string; name: string; source: string; perPlace: number }[];
}

/**
 * The data entry grid of an agency for a period: the data elements its province's documents ask it to report
 * (columns) × the places of the province valid in that period (rows), with the values already entered — except the
 * elements the platform counts from the places for the period (`counted`), which nobody enters. Parts and wholes
 * come from the ratio indicators (numerator ≤ denominator).
 */
export async function loadDataGrid(
  db: Kysely<CoreDatabase>,
  report: { agency_code: string; province_code: string; period: string },
): Promise<DataGrid> {
  const { end } = periodBounds(report.period);
  // Districts until the two-tier reform of 1/7/2025, communes and wards after it: the places expected to report.
  const level = reportingLevelFor(report.period);
  const agencyElements = await db
    .selectFrom("catalog_data_elements")
    .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_data_elements.document_slug")
    .select([
      "catalog_data_elements.id",
      "catalog_data_elements.code",
      "catalog_data_elements.name",
      "catalog_data_elements.unit",
      "catalog_data_elements.document_slug as documentSlug",
    ])
    .where("catalog_documents.province_code", "=", report.province_code)
    .where("catalog_data_elements.agency_code", "=", report.agency_code)
    .orderBy("catalog_documents.position")
    .orderBy("catalog_data_elements.position")
    .execute();
  const elements = agencyElements.filter((e) => !countedFor(e.code, report.period));
  const places = await db
    .selectFrom("org_units")
    .select(["code", "name", "kind"])
    .where("province_code", "=", report.province_code)
    .where("level", "=", level)
    // The places that exist on the period's last day (placesExpectedIn): the ones completeness counts.
    .where((eb) => eb.or([eb("valid_from", "is", null), eb("valid_from", "<=", end)]))
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", end)]))
    .execute();
  // In Vietnamese order ("Ái Tử", "Đakrông" where a reader looks for them), which the database's collation is not.
  const units = sortByVietnameseName(places);
  const ids = elements.map((e) => e.id);
  const values = ids.length
    ? await db
        .selectFrom("data_values")
        .select(["data_element_id", "org_unit_code", "value"])
        .where("province_code", "=", report.province_code)
        .where("data_element_id", "in", ids)
        .where("period", "=", report.period)
        .execute()
    : [];
  const own = new Set(ids);
  const pairs = await ratioTermPairs(db);
  // The counted wholes of the agency's parts may be another agency's elements (or no agency's): every one is known.
  const countedIds = new Set([
    ...agencyElements.filter((e) => countedFor(e.code, report.period)).map((e) => e.id),
    ...pairs.filter((p) => own.has(p.part) && countedFor(p.whole, report.period)).map((p) => p.whole),
  ]);
  const countedRows = countedIds.size
    ? await db
        .selectFrom("catalog_data_elements")
        .select(["id", "code", "name"])
        .where("id", "in", [...countedIds])
        .execute()
    : [];
  // Each row is one place of the counted level: its count is 1.
  const counted = sortByVietnameseName(countedRows).map((e) => ({
    ...e,
    source: countedFor(e.code, report.period)!.source,
    perPlace: 1,
  }));
  const parts = pairs.filter((p) => own.has(p.part) && (own.has(p.whole) || counted.some((c) => c.id === p.whole)));
  const cells: GridCell[] = [];
  const stored = new Map(values.map((v) => [`${v.org_unit_code}|${v.data_element_id}`, v.value]));
  for (const unit of units) {
    for (const element of elements)
      cells.push({
        elementId: element.id,
        orgUnit: unit.code,
        value: stored.get(`${unit.code}|${element.id}`) ?? null,
      });
  }
  return {
    period: report.period,
    level,
    elements,
    units,
    cells,
    notes: await loadValueNotes(db, report, ids),
    parts,
    wholeNumberElements: new Set(elements.filter((e) => isWholeNumberUnit(e.unit)).map((e) => e.id)),
    counted,
  };
}
