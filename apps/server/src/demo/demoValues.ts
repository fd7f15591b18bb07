import { createHash } from "node:crypto";
import { periodBounds, reportingLevelFor } from "@pcmt/domain";
import { differenceInCalendarMonths, parseISO } from "date-fns";

/** A stable number in [0, 1) from a text: the demo data is the same on every machine. */
export const chance = (text: string) => createHash("sha256").update(text).digest().readUInt32BE(0) / 2 ** 32;

export interface DemoElement {
  id: string;
  name: string;
  unit: string;
  aggregation: string;
}

/** What an element's name says about it: a status few communes reach, new events, a short list of findings. */
const meaning = (element: DemoElement) => {
  const name = element.name.toLowerCase();
  return {
    drugFree: /không (có tệ nạn )?ma túy/.test(name),
    newEvents: /phát sinh mới|mới hình thành/.test(name),
    findings: /không có trong/.test(name),
  };
};

/**
 * What one place holds of an element, by its meaning: a commune has one health station and is one commune; a few
 * schools; tens of registered drug users (Thái Nguyên's 5.850 over 92 communes); a district about ten times a
 * commune. Counts of events (cases, hotspots, media items) are small per month and add up over longer periods.
 */
interface Scale {
  /** Per commune: a stock held, or events per month. */
  perCommune: [number, number];
  flow: boolean;
}

const scales: Record<string, Scale> = {
  facility: { perCommune: [1, 1], flow: false },
  commune: { perCommune: [1, 1], flow: false },
  school: { perCommune: [2, 6], flow: false },
  person: { perCommune: [20, 100], flow: false },
  organization: { perCommune: [0, 3], flow: false },
  case: { perCommune: [0.1, 1.2], flow: true },
  location: { perCommune: [0.02, 0.12], flow: true },
  count: { perCommune: [0.3, 2.5], flow: true },
  hectare: { perCommune: [0, 0.05], flow: true },
  percent: { perCommune: [60, 90], flow: false },
};

const monthsSince2024 = (period: string) => Math.max(0, differenceInCalendarMonths(parseISO(periodBounds(period).end), parseISO("2024-01-31")));
const districtMultiplier = (place: string) => 8 + Math.floor(chance(`${place}|size`) * 10);
const monthsIn = (period: string) => {
  const { start, end } = periodBounds(period);
  return differenceInCalendarMonths(parseISO(end), parseISO(start)) + 1;
};

/** The plain value of an element that is no part of a ratio, for a place and a period. */
export function wholeValue(element: DemoElement, place: string, period: string): number {
  const m = meaning(element);
  if (element.unit === "commune" && reportingLevelFor(period) === "commune" && (m.drugFree || /có tệ nạn/.test(element.name))) {
    // A commune is free of drugs or not: a minority that grows.
    const free = chance(`${place}|drug-free`) < 0.05 + 0.005 * monthsSince2024(period);
    return m.drugFree === free ? 1 : 0;
  }
  const scale = m.newEvents && element.unit === "person" ? { perCommune: [0.05, 0.4] as [number, number], flow: true } : m.findings ? { perCommune: [0, 0.05] as [number, number], flow: true } : (scales[element.unit] ?? { perCommune: [0, 5] as [number, number], flow: element.aggregation === "sum" && element.unit !== "person" });
  const flow = scale.flow && element.aggregation !== "latest";
  const [low, high] = scale.perCommune;
  const size = reportingLevelFor(period) === "district" ? districtMultiplier(place) : 1;
  const base = low + (high - low) * chance(`${element.id}|${place}`);
  if (element.unit === "percent") return Math.round(base);
  if (flow) {
    const expected = base * size * monthsIn(period);
    return Math.floor(expected + chance(`${element.id}|${place}|${period}`));
  }
  // A stock drifts a little from period to period.
  const drift = 1 + 0.04 * (chance(`${element.id}|${place}|${period}`) - 0.5);
  return Math.max(low === high ? low * size : 0, Math.round(base * size * drift));
}

/**
 * A part of a whole (qualified stations of all stations, people reached of people registered): a share of the
 * whole that grows slowly over time and differs by place, never above it — whichever agency enters either term.
 */
export function partValue(part: DemoElement, whole: DemoElement, place: string, period: string): number {
  const of = wholeValue(whole, place, period);
  const since2024 = monthsSince2024(period);
  // Communes free of drugs are a minority that grows; other parts (qualified stations, people reached, schools
  // covered) a majority.
  if (meaning(part).drugFree && of === 1 && reportingLevelFor(period) === "commune") return wholeValue(part, place, period);
  const share =
    meaning(part).drugFree
      ? Math.min(0.9, 0.08 + 0.08 * chance(`${part.id}|${place}|share`) + 0.006 * since2024)
      : Math.min(0.97, 0.45 + 0.35 * chance(`${part.id}|${place}|share`) + 0.004 * since2024);
  if (of <= 1) return chance(`${part.id}|${place}|${period}`) < share ? of : 0;
  return Math.min(of, Math.round(of * share));
}
