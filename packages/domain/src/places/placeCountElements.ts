import { existsOn, type PlaceValidity, reportingLevelFor } from "./expectedPlaces";
import type { OrgUnitLevel } from "./OrgUnit";
import { periodBounds } from "../periods/Period";

/**
 * A data element the platform computes from the place hierarchy instead of having it typed: how many places of a
 * level a province has on a period's last day — the whole of a share of communes ("Tỷ lệ xã, phường đạt tiêu chí
 * không ma túy trên 30%") —, for the periods the hierarchy can count it (`countedFor`); for the others it is typed
 * like any element. A document names it by its well-known code (the ingester proposes `communes_total`).
 */
export interface PlaceCountElement {
  /** The well-known code a document's data element carries. */
  code: string;
  /** The places counted. */
  level: Exclude<OrgUnitLevel, "province">;
  /** The name the ingester gives the element. */
  name: string;
  unit: string;
  /** Who makes the figure, as a figure's sources name the agencies that enter the others. */
  sourceName: string;
  /** Where the figure comes from, in a phrase: shown with it and in the refusal of a typed value. */
  source: string;
}

/**
 * The elements the platform counts. Each is counted for the periods reported at its level — the rows of the data
 * entry grid, the places completeness counts (`placesExpectedIn`): from 1/7/2025 the hierarchy holds every commune,
 * ward and special zone (Nghị quyết 1683, 1665, 1680/NQ-UBTVQH15); before it, only the communes the documents
 * name, so communes cannot be counted for periods reported per district, and there the element is entered like any
 * other (`countedFor`). Another count is one line: the districts of periods ending before 1/7/2025 would be
 * `{ code: "districts_total", level: "district", … }`.
 */
export const placeCountElements: readonly PlaceCountElement[] = [
  {
    code: "communes_total",
    level: "commune",
    name: "Tổng số xã, phường, đặc khu",
    unit: "commune",
    sourceName: "Danh mục địa bàn",
    source: "số xã, phường, đặc khu của tỉnh còn hiệu lực vào ngày cuối kỳ trong danh mục địa bàn",
  },
];

const byCode = new Map(placeCountElements.map((e) => [e.code, e]));

/**
 * The place count a data element is — by its code, or its id "<document>#<code>" — whatever the period, or null for
 * any other element. Whether it is counted for a given period, or entered then, is `countedFor`.
 */
export function placeCountElement(codeOrId: string): PlaceCountElement | null {
  return byCode.get(codeOrId.slice(codeOrId.lastIndexOf("#") + 1)) ?? null;
}

/** Whether the hierarchy counts a place-count element for places reporting at `level`: only at its own level. */
export const countedAtLevel = (element: PlaceCountElement, level: Exclude<OrgUnitLevel, "province">): boolean =>
  element.level === level;

/**
 * The one rule of place counts, for every read and write path: the place count an element is — by its code, or its
 * id "<document>#<code>" — for a period, when the hierarchy counts it then, i.e. the period is reported at the
 * element's level (communes from 1/7/2025, `reportingLevelFor`). Its figure is then the count (`countedPlaces`),
 * complete, and a value typed for it is refused and never read. Null when the element's values for that period
 * are entered: any other element, and a place count the hierarchy cannot make for the period (communes of a period
 * reported per district) — whose figure is the values typed for it, with the usual completeness.
 */
export function countedFor(codeOrId: string, period: string): PlaceCountElement | null {
  const element = placeCountElement(codeOrId);
  return element && countedAtLevel(element, reportingLevelFor(period)) ? element : null;
}

/**
 * The places a place-count element counts in a province for a period: its units of the element's level that exist
 * on the period's last day — each one counts 1 (a drill-down's whole per place). Null when the hierarchy does not
 * count it for the period (`countedFor`: the figure is then the values typed for it).
 */
export function countedPlaces<T extends PlaceValidity>(
  element: PlaceCountElement,
  units: readonly T[],
  period: string,
): T[] | null {
  if (!countedFor(element.code, period)) return null;
  const { end } = periodBounds(period);
  return units.filter((u) => u.level === element.level && existsOn(u, end));
}

/**
 * The message refusing a value typed for a place-count element for a period it is counted for (`countedFor`): in the
 * grid, its file, a value file.
 */
export function placeCountRefusal(elementName: string, element: PlaceCountElement): string {
  return `“${elementName}” do hệ thống tự tính (${element.source}), không nhập số liệu cho chỉ tiêu này`;
}
