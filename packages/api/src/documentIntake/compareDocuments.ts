import type { CatalogDocument } from "@pcmt/domain";

export type ItemKind = "section" | "task" | "generalTask" | "indicator" | "fact";
export type ChangeKind = "added" | "removed" | "changed" | "unchanged";

/** One item of a document against the same item (same ref) of the previous version. */
export interface ItemChange {
  kind: ItemKind;
  ref: string;
  change: ChangeKind;
  /** The fields that differ, for a changed item ("text", "lead", "deadline", "target"…). */
  fields: string[];
  before: string | null;
  after: string | null;
}

export interface DocumentComparison {
  /** The document's own fields that differ (number, title, date, lifetime, reporting clause). */
  header: string[];
  items: ItemChange[];
  counts: Record<ChangeKind, number>;
}

type Keyed = { ref: string; text: string; fields: Record<string, unknown> };

function keyed(doc: CatalogDocument): Record<ItemKind, Keyed[]> {
  return {
    section: doc.sections.map((s) => ({ ref: s.ref, text: s.title, fields: { title: s.title, parent: s.parent } })),
    task: doc.tasks.map((t) => ({
      ref: t.ref,
      text: t.text,
      fields: {
        text: t.text,
        section: t.section,
        lead: t.lead,
        coordinating: t.coordinating,
        deadline: t.deadline,
        indicators: t.indicators,
      },
    })),
    generalTask: doc.generalTasks.map((g) => ({
      ref: g.ref,
      text: g.text,
      fields: { text: g.text, section: g.section },
    })),
    indicator: doc.indicators.map((i) => ({
      ref: i.ref,
      text: i.text,
      fields: {
        text: i.text,
        name: i.name,
        agency: i.agency,
        unit: i.unit,
        comparator: i.comparator,
        target: i.target,
        baseline: i.baseline,
        due: i.due,
        aggregation: i.aggregation,
        numerator: i.numerator,
        denominator: i.denominator,
        element: i.element,
      },
    })),
    fact: doc.facts.map((f, n) => ({
      ref: `${f.name}#${n + 1}`,
      text: f.text,
      fields: { text: f.text, value: f.value, unit: f.unit, asOf: f.asOf },
    })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a new version changes, item by item (by ref: a report made against a ref stays attached to it). With no
 * previous version every item is new.
 */
export function compareDocuments(before: CatalogDocument | null, after: CatalogDocument): DocumentComparison {
  const items: ItemChange[] = [];
  const previous = before ? keyed(before) : null;
  const next = keyed(after);
  for (const kind of Object.keys(next) as ItemKind[]) {
    const old = new Map((previous?.[kind] ?? []).map((k) => [k.ref, k]));
    const seen = new Set<string>();
    for (const item of next[kind]) {
      seen.add(item.ref);
      const was = old.get(item.ref);
      if (!was) {
        items.push({ kind, ref: item.ref, change: "added", fields: [], before: null, after: item.text });
        continue;
      }
      const fields = Object.keys(item.fields).filter((f) => !same(item.fields[f], was.fields[f]));
      items.push({
        kind,
        ref: item.ref,
        change: fields.length > 0 ? "changed" : "unchanged",
        fields,
        before: was.text,
        after: item.text,
      });
    }
    for (const [ref, was] of old)
      if (!seen.has(ref)) items.push({ kind, ref, change: "removed", fields: [], before: was.text, after: null });
  }
  const header = before
    ? (["number", "kind", "issuer", "issuedOn", "title", "covers", "reporting"] as const).filter(
        (f) => !same(before[f], after[f]),
      )
    : [];
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const item of items) counts[item.change] += 1;
  return { header, items, counts };
}
