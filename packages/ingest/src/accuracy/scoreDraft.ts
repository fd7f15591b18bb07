import type { CatalogDocument } from "@pcmt/domain";
import type { DocumentDraft } from "../draft/draftDocument";

/** How a draft compares with a document's curated catalog. */
export interface DraftScore {
  slug: string;
  tasks: number;
  found: number;
  leadRight: number;
  coordinatorsRight: number;
  deadlinesRight: number;
  targets: number;
  targetsRight: number;
  drafted: number;
  invented: number;
  quotesVerbatim: boolean;
  /** Curated tasks missed or misread, for whoever improves the ingester. */
  misses: string[];
}

interface Span {
  start: number;
  end: number;
}
const overlap = (a: Span, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) /
  Math.max(1, Math.min(a.end - a.start, b.end - b.start));
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const canonical = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );

/** Where a curated verbatim text sits in the source (its first occurrence at or after `from`). */
function locate(source: string, text: string, from = 0): Span | null {
  const at = source.indexOf(text, from);
  return at < 0 ? null : { start: at, end: at + text.length };
}

/**
 * Compares a draft with the curated catalog of the same source: items are matched by where their words sit in the
 * source (refs may differ), then leads, coordinators, deadlines and targets are compared.
 */
export function scoreDraft(draft: DocumentDraft, curated: CatalogDocument): DraftScore {
  const source = draft.sourceText;
  const spanOf = new Map(draft.evidence.map((e) => [`${e.item}:${e.ref}`, e.source]));
  const draftedTasks = draft.document.tasks.map((t) => ({ task: t, span: spanOf.get(`task:${t.ref}`)! }));
  const used = new Set<number>();
  const misses: string[] = [];
  let found = 0;
  let leadRight = 0;
  let coordinatorsRight = 0;
  let deadlinesRight = 0;
  for (const task of curated.tasks) {
    const span = locate(source, task.text);
    if (!span) {
      misses.push(`${task.ref}: văn bản không có nguyên văn`);
      continue;
    }
    let best = -1;
    let bestOverlap = 0;
    draftedTasks.forEach((d, i) => {
      const o = overlap(span, d.span);
      if (o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    if (best < 0 || bestOverlap < 0.5) {
      misses.push(`${task.ref}: không tìm thấy (${task.lead.join(", ")})`);
      continue;
    }
    used.add(best);
    found++;
    const drafted = draftedTasks[best]!.task;
    if (sameSet(drafted.lead, task.lead)) leadRight++;
    else misses.push(`${task.ref}: chủ trì ${drafted.lead.join(", ")} ≠ ${task.lead.join(", ")}`);
    if (sameSet(drafted.coordinating, task.coordinating)) coordinatorsRight++;
    else
      misses.push(
        `${task.ref}: phối hợp ${drafted.coordinating.join(", ") || "—"} ≠ ${task.coordinating.join(", ") || "—"}`,
      );
    if (canonical(drafted.deadline) === canonical(task.deadline)) deadlinesRight++;
    else misses.push(`${task.ref}: thời hạn ${canonical(drafted.deadline)} ≠ ${canonical(task.deadline)}`);
  }
  const draftedTargets = draft.document.indicators.map((i) => ({
    indicator: i,
    span: spanOf.get(`indicator:${i.ref}`)!,
  }));
  let targetsRight = 0;
  for (const indicator of curated.indicators) {
    const span = locate(source, indicator.text);
    const match = span
      ? draftedTargets.find(
          (d) =>
            overlap(span, d.span) > 0 &&
            d.indicator.comparator === indicator.comparator &&
            d.indicator.target === indicator.target,
        )
      : undefined;
    if (match) targetsRight++;
    else misses.push(`${indicator.ref}: chỉ tiêu ${indicator.comparator} ${indicator.target} không đọc đúng`);
  }
  const quotesVerbatim = draft.evidence.every((e) => source.slice(e.source.start, e.source.end) === e.source.quote);
  return {
    slug: curated.slug,
    tasks: curated.tasks.length,
    found,
    leadRight,
    coordinatorsRight,
    deadlinesRight,
    targets: curated.indicators.length,
    targetsRight,
    drafted: draftedTasks.length,
    invented: draftedTasks.length - used.size,
    quotesVerbatim,
    misses,
  };
}
