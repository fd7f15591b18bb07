import type { Completeness, IndicatorState } from "@pcmt/domain";

interface Reading {
  id: string;
  documentSlug: string;
  ref: string;
  name: string;
  numerator: string | null;
  denominator: string | null;
  aggregation: string;
  comparator: string;
  target: number;
  due: string | null;
  value: number | null;
  period: string | null;
  trend: { period: string; value: number | null }[];
  state: IndicatorState;
  completeness: Completeness | null;
  final: boolean;
}

/**
 * A roadmap: the indicators of one document that measure the same ratio with targets for successive phases
 * ("25% of communes drug-free by the end of 2026, 100% by 2030, then held"): the current value once, each phase's
 * target, deadline and state. Any document whose ratio indicators repeat a numerator and denominator gets one.
 */
export function phasedTargets(readings: readonly Reading[]) {
  const groups = new Map<string, Reading[]>();
  for (const r of readings) {
    if (r.aggregation !== "ratio" || !r.numerator || !r.denominator) continue;
    const key = `${r.documentSlug}|${r.numerator}|${r.denominator}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      // The most recent reading of the group (each phase reads the same ratio inside its own window).
      const latest =
        [...group].filter((r) => r.period !== null).sort((a, b) => (b.period ?? "").localeCompare(a.period ?? ""))[0] ??
        group[0]!;
      // The phases in the order of their deadlines; one without a deadline (to be held) comes last.
      const phases = [...group].sort((a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999"));
      return {
        documentSlug: latest.documentSlug,
        name: latest.name.replace(/\s*\((giai đoạn|phase)[^)]*\)\s*$/i, ""),
        value: latest.value,
        period: latest.period,
        completeness: latest.completeness,
        trend: latest.trend,
        phases: phases.map((p) => ({
          id: p.id,
          ref: p.ref,
          name: p.name,
          comparator: p.comparator,
          target: p.target,
          due: p.due,
          state: p.state,
          final: p.final,
        })),
      };
    });
}
