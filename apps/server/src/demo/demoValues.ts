import { createHash } from "node:crypto";
import { periodBounds, periodsBetween, reportingLevelFor } from "@pcmt/domain";
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

const monthsSince2024 = (period: string) =>
  Math.max(0, differenceInCalendarMonths(parseISO(periodBounds(period).end), parseISO("2024-01-31")));
const districtMultiplier = (place: string) => 8 + Math.floor(chance(`${place}|size`) * 10);
/** The months of a period, as ids. */
const monthsOf = (period: string) =>
  periodsBetween("month", periodBounds(period).start, periodBounds(period).end).map((p) => p.id);
/** A stock is read at the end of its period: a year's value is its last month's, so a year and its halves agree. */
const lastMonthOf = (period: string) => periodBounds(period).end.slice(0, 7);
/** How many communes a place counts for: one, or a district's. */
const sizeOf = (place: string, period: string) =>
  reportingLevelFor(period) === "district" ? districtMultiplier(place) : 1;

function scaleOf(element: DemoElement): Scale {
  const m = meaning(element);
  if (m.newEvents && element.unit === "person") return { perCommune: [0.05, 0.4], flow: true };
  if (m.findings) return { perCommune: [0, 0.05], flow: true };
  return (
    scales[element.unit] ?? { perCommune: [0, 5], flow: element.aggregation === "sum" && element.unit !== "person" }
  );
}
const isFlow = (element: DemoElement) => scaleOf(element).flow && element.aggregation !== "latest";

/** The share of communes free of drugs at a month: a minority that grows. */
const drugFreeShare = (month: string) => 0.05 + 0.005 * monthsSince2024(month);

/**
 * The plain value of an element that is no part of a ratio, for a place and a period: a flow adds up its months (a
 * year is exactly its halves), a stock is its value at the period's last month.
 */
export function wholeValue(element: DemoElement, place: string, period: string): number {
  const size = sizeOf(place, period);
  const m = meaning(element);
  if (element.unit === "commune" && (m.drugFree || /có tệ nạn/.test(element.name))) {
    // A commune is free of drugs or not; a district counts its communes that are.
    const month = lastMonthOf(period);
    const free =
      size === 1
        ? Number(chance(`${place}|drug-free`) < drugFreeShare(month))
        : Math.round(size * Math.min(0.9, drugFreeShare(month) * (0.6 + 0.8 * chance(`${place}|drug-free`))));
    return m.drugFree ? free : size - free;
  }
  const [low, high] = scaleOf(element).perCommune;
  const base = low + (high - low) * chance(`${element.id}|${place}`);
  if (element.unit === "percent") return Math.round(base);
  if (isFlow(element))
    return monthsOf(period).reduce((sum, month) => sum + monthlyWhole(element, place, month, size), 0);
  // A stock drifts a little from month to month.
  const drift = 1 + 0.04 * (chance(`${element.id}|${place}|${lastMonthOf(period)}`) - 0.5);
  return Math.max(low === high ? low * size : 0, Math.round(base * size * drift));
}

/**
 * A part of a whole (qualified stations of all stations, people reached of people registered, cases tried of all
 * cases): a share of the whole that grows slowly over time and differs by place, never above it — whichever agency
 * enters either term; for a flow, month by month, so a year's part is its halves' parts.
 */
export function partValue(part: DemoElement, whole: DemoElement, place: string, period: string): number {
  if (meaning(part).drugFree && whole.unit === "commune") return wholeValue(part, place, period);
  const shareAt = (month: string) =>
    Math.min(0.97, 0.45 + 0.35 * chance(`${part.id}|${place}|share`) + 0.004 * monthsSince2024(month));
  if (isFlow(whole)) {
    return monthsOf(period).reduce((sum, month) => {
      const of = monthlyWhole(whole, place, month, sizeOf(place, period));
      return sum + Math.min(of, Math.round(of * shareAt(month)));
    }, 0);
  }
  const of = wholeValue(whole, place, period);
  const share = shareAt(lastMonthOf(period));
  if (of <= 1) return chance(`${part.id}|${place}|${lastMonthOf(period)}`) < share ? of : 0;
  return Math.min(of, Math.round(of * share));
}

/** A flow's value for one month, counted at a given size (a district's months before the reform). */
function monthlyWhole(element: DemoElement, place: string, month: string, size: number): number {
  const [low, high] = scaleOf(element).perCommune;
  const base = low + (high - low) * chance(`${element.id}|${place}`);
  return Math.floor(base * size + chance(`${element.id}|${place}|${month}`));
}
