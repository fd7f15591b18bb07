import { type CatalogDocument, type DeadlineRule, dueDates, type OrgUnit } from "@pcmt/domain";
import { addMonths, format, parseISO } from "date-fns";
import { createRandom } from "./random";
import type { SyntheticScale } from "./scales";
import { measureGroups, syntheticDocument } from "./syntheticDocument";
import { reformDay, syntheticPlaces } from "./syntheticPlaces";

export interface SyntheticValue {
  elementId: string;
  orgUnit: string;
  period: string;
  value: number;
  agencyCode: string;
  provinceCode: string;
}

export interface SyntheticReport {
  agencyCode: string;
  provinceCode: string;
  period: string;
  dueDate: string;
  state: "draft" | "submitted" | "accepted";
  submittedAt: Date | null;
  items: { taskId: string; status: "not_started" | "in_progress" | "done" }[];
}

export interface SyntheticProvince {
  code: string;
  name: string;
  units: OrgUnit[];
  document: CatalogDocument;
  sourceText: string;
  reports: SyntheticReport[];
  /** How many values `values()` yields. */
  valueCount: number;
  /** The values, a month at a time, generated on demand (millions: never all in memory), always the same. */
  values(): Generator<SyntheticValue[]>;
}

export interface SyntheticDataset {
  scale: SyntheticScale;
  months: string[];
  provinces: SyntheticProvince[];
  valueCount: number;
}

/** Typical size of a whole per pre-reform commune, by group (a commune formed of several adds them up). */
const wholeSizes: Record<string, readonly [number, number]> = {
  drug_users_registered: [2, 30],
  addicts_registered: [1, 18],
  methadone_eligible: [0, 10],
  commune_stations: [1, 1],
  post_rehab_persons: [0, 8],
  schools: [2, 5],
  precursor_firms: [0, 3],
  crop_risk_areas: [0, 2],
  communes_total: [1, 1],
  propaganda_planned: [1, 6],
};

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let d = parseISO(`${first}-01`); format(d, "yyyy-MM") <= last; d = addMonths(d, 1))
    months.push(format(d, "yyyy-MM"));
  return months;
}

/**
 * A deterministic national dataset: places of both eras, a plan per province, every agency's monthly reports
 * (most on time, some late, some missing) and monthly values for every data element in every place that existed
 * in the month — pre-reform communes until June 2025, today's communes from July 2025. Rates drift upward over
 * time around each indicator's target, differently per province, so some targets are met and some are not.
 */
export function syntheticDataset(scale: SyntheticScale): SyntheticDataset {
  const months = monthsBetween(scale.firstMonth, scale.lastMonth);
  const reformMonth = reformDay.slice(0, 7);
  const provinces: SyntheticProvince[] = [];
  for (let n = 1; n <= scale.provinces; n++) {
    const random = createRandom(`pcmt-synthetic-${scale.name}-${n}`);
    const places = syntheticPlaces(n, random.int(scale.communesPerProvince[0], scale.communesPerProvince[1]), random);
    const { document, sourceText } = syntheticDocument(places.code, places.name, `${scale.firstMonth}-01`);
    const elementId = (code: string) => `${document.slug}#${code}`;

    // Reports: every lead agency, every month, due as the plan's reporting rule says.
    const rule = document.reporting?.rule as DeadlineRule;
    const lastDue = format(addMonths(parseISO(`${scale.lastMonth}-01`), 2), "yyyy-MM-dd");
    const schedule = dueDates(rule, `${scale.firstMonth}-01`, lastDue).filter(
      (d) => d.period !== null && months.includes(d.period),
    );
    const leads = [...new Set(document.tasks.flatMap((t) => t.lead))];
    const reports: SyntheticReport[] = [];
    for (const agency of leads) {
      const agencyTasks = document.tasks
        .filter(
          (t) =>
            t.lead.includes(agency) || t.coordinating.includes(agency) || t.coordinating.includes("all_departments"),
        )
        .map((t) => `${document.slug}#${t.ref}`);
      const diligence = random.next();
      schedule.forEach((due, index) => {
        const last = index === schedule.length - 1;
        const roll = random.next();
        if (!last && roll < 0.04 + (1 - diligence) * 0.08) return; // never sent
        const lateDays = roll > 0.8 - (1 - diligence) * 0.2 ? random.int(1, 12) : 0;
        const sentOn = parseISO(due.date);
        sentOn.setDate(sentOn.getDate() + (lateDays > 0 ? lateDays : -random.int(0, 4)));
        const progress = index / schedule.length;
        reports.push({
          agencyCode: agency,
          provinceCode: places.code,
          period: due.period as string,
          dueDate: due.date,
          state: last ? "draft" : roll > 0.95 ? "submitted" : "accepted",
          submittedAt: last ? null : new Date(`${format(sentOn, "yyyy-MM-dd")}T09:00:00+07:00`),
          items: agencyTasks.map((taskId) => ({
            taskId,
            status: random.next() < progress * 0.6 ? "done" : random.next() < 0.9 ? "in_progress" : "not_started",
          })),
        });
      });
    }

    // Values: a whole per place (stable, slowly drifting) and its parts at a rate around the target.
    const oldMonths = months.filter((m) => m < reformMonth);
    const newMonths = months.filter((m) => m >= reformMonth);
    const elementsPerPlace = measureGroups.reduce((n, g) => n + 1 + g.parts.length, 0);
    const valueCount =
      elementsPerPlace * (places.oldCommunes.length * oldMonths.length + places.communes.length * newMonths.length);
    const offsets = measureGroups.map((g) => g.parts.map(() => (random.next() - 0.6) * 0.3));
    const seed = `pcmt-synthetic-values-${scale.name}-${n}`;
    const code = places.code;
    const communesOf = new Map<string, number>();
    for (const unit of places.units)
      if (unit.successors[0]) communesOf.set(unit.successors[0], (communesOf.get(unit.successors[0]) ?? 0) + 1);
    function* values(): Generator<SyntheticValue[]> {
      const r = createRandom(seed);
      let out: SyntheticValue[] = [];
      const eras: [string[], string[]][] = [
        [oldMonths, places.oldCommunes],
        [newMonths, places.communes],
      ];
      for (const [eraMonths, units] of eras) {
        const bases = units.map((u) =>
          measureGroups.map((g) => {
            const [min, max] = wholeSizes[g.whole.code] ?? [0, 10];
            const parts = units === places.communes ? (communesOf.get(u) ?? 1) : 1;
            return g.whole.unit === "commune"
              ? 1
              : Array.from({ length: parts }, () => r.int(min, max)).reduce((a, b) => a + b, 0);
          }),
        );
        for (const month of eraMonths) {
          const t = months.indexOf(month) / Math.max(1, months.length - 1);
          units.forEach((unit, ui) => {
            measureGroups.forEach((g, gi) => {
              const base = bases[ui]![gi]!;
              const whole =
                g.whole.unit === "commune" || g.whole.unit === "facility" ? base : Math.max(0, base + r.int(-1, 1));
              out.push({
                elementId: elementId(g.whole.code),
                orgUnit: unit,
                period: month,
                value: whole,
                agencyCode: g.agency,
                provinceCode: code,
              });
              g.parts.forEach((p, pi) => {
                const rate = Math.min(
                  1,
                  Math.max(0, p.target / 100 + offsets[gi]![pi]! + t * 0.15 + (r.next() - 0.5) * 0.2),
                );
                out.push({
                  elementId: elementId(p.code),
                  orgUnit: unit,
                  period: month,
                  value: Math.min(whole, Math.round(whole * rate)),
                  agencyCode: g.agency,
                  provinceCode: code,
                });
              });
            });
          });
          yield out;
          out = [];
        }
      }
    }
    provinces.push({
      code: places.code,
      name: places.name,
      units: places.units,
      document,
      sourceText,
      reports,
      valueCount,
      values,
    });
  }
  return { scale, months, provinces, valueCount: provinces.reduce((n, p) => n + p.valueCount, 0) };
}
