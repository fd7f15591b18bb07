import type { AgencyCode, CatalogDocument } from "@pcmt/domain";

/** Exact words of the source and their offsets. */
export interface Span {
  quote: string;
  start: number;
  end: number;
}

/** Where an item's words are; `reason` is the ingester's, or `reviewer.<edit>` for an item the reviewer made. */
export interface Evidence {
  item: string;
  ref: string;
  source: Span;
  confidence: "high" | "medium" | "low";
  reason: string;
}

/** What the reviewer is editing: the drafted document and where each of its items comes from. */
export interface DraftWork {
  document: CatalogDocument;
  evidence: Evidence[];
}

export type Task = CatalogDocument["tasks"][number];
export type GeneralTask = CatalogDocument["generalTasks"][number];
export type Indicator = CatalogDocument["indicators"][number];
export type DataElement = CatalogDocument["dataElements"][number];

/** The words an item quotes in the source, or null when they are not found there. */
export function spanOf(work: DraftWork, sourceText: string, item: string, ref: string, text: string): Span | null {
  const kept = work.evidence.find((e) => e.item === item && e.ref === ref);
  if (kept && kept.source.quote === text) return kept.source;
  const start = sourceText.indexOf(text);
  return start < 0 ? null : { quote: text, start, end: start + text.length };
}

const withEvidence = (evidence: Evidence[], entry: Evidence) => [
  ...evidence.filter((e) => !(e.item === entry.item && e.ref === entry.ref)),
  entry,
];

/** A ref no item of the document has yet: the wanted one, or it with -p2, -p3… */
export function freeRef(document: CatalogDocument, wanted: string): string {
  const taken = new Set([...document.tasks.map((t) => t.ref), ...document.generalTasks.map((g) => g.ref)]);
  if (!taken.has(wanted)) return wanted;
  const base = wanted.replace(/-p\d+$/, "");
  let n = 2;
  while (taken.has(`${base}-p${n}`)) n += 1;
  return `${base}-p${n}`;
}

const union = <T>(...lists: (readonly T[])[]) => [...new Set(lists.flat())];

type Rule = NonNullable<Task["deadline"]>;
/** A rule's single rules ("all" of several, or itself). */
const singleRules = (rule: Rule) => (rule.kind === "all" ? rule.rules : [rule]);

/**
 * Two tasks the ingester read apart that are one: the first takes the source's words from its start to the end of
 * the second (verbatim by construction), both tasks' agencies, the first deadline found and every target.
 */
export function mergeTaskWithNext(work: DraftWork, sourceText: string, ref: string): DraftWork {
  const tasks = work.document.tasks;
  const index = tasks.findIndex((t) => t.ref === ref);
  const first = tasks[index];
  const second = tasks[index + 1];
  if (!first || !second) return work;
  const a = spanOf(work, sourceText, "task", first.ref, first.text);
  const b = spanOf(work, sourceText, "task", second.ref, second.text);
  if (!a || !b || b.start < a.end) return work;
  const source = { quote: sourceText.slice(a.start, b.end), start: a.start, end: b.end };
  const lead = union(first.lead, second.lead);
  const merged: Task = {
    ...first,
    text: source.quote,
    lead,
    coordinating: union(first.coordinating, second.coordinating).filter((c) => !lead.includes(c)),
    // Both deadlines hold when both items had one ("trước ngày 15/02" and "thường xuyên").
    deadline:
      first.deadline && second.deadline && JSON.stringify(first.deadline) !== JSON.stringify(second.deadline)
        ? { kind: "all", rules: [...singleRules(first.deadline), ...singleRules(second.deadline)] }
        : (first.deadline ?? second.deadline),
    deadlineText: first.deadline ? first.deadlineText : second.deadlineText,
    indicators: union(first.indicators, second.indicators),
  };
  return {
    document: {
      ...work.document,
      tasks: tasks.flatMap((t, i) => (i === index ? [merged] : i === index + 1 ? [] : [t])),
    },
    evidence: withEvidence(
      work.evidence.filter((e) => !(e.item === "task" && e.ref === second.ref)),
      { item: "task", ref: first.ref, source, confidence: "high", reason: "reviewer.merge" },
    ),
  };
}

/** Where a task's words can be cut: after a sentence or a clause ("; ", ". ", a line break). */
export function splitPoints(text: string): number[] {
  const points: number[] = [];
  for (const match of text.matchAll(/[.;:]\s+|\n+/g)) {
    const at = match.index + match[0].length;
    if (at > 0 && at < text.length) points.push(at);
  }
  return points;
}

/**
 * One task the ingester read as one that is two: cut at `at` (an offset in its text); the second part gets the next
 * free paragraph ref, the same agencies, and the deadline and targets whose words it holds.
 */
export function splitTask(work: DraftWork, sourceText: string, ref: string, at: number): DraftWork {
  const tasks = work.document.tasks;
  const index = tasks.findIndex((t) => t.ref === ref);
  const task = tasks[index];
  if (!task) return work;
  const span = spanOf(work, sourceText, "task", task.ref, task.text);
  if (!span || at <= 0 || at >= task.text.length) return work;
  const headText = task.text.slice(0, at).trimEnd();
  const tailStart = at + (task.text.slice(at).length - task.text.slice(at).trimStart().length);
  const tailText = task.text.slice(tailStart);
  if (!headText || !tailText) return work;
  const indicatorText = new Map(work.document.indicators.map((i) => [i.ref, i.text]));
  const inTail = (words: string | null | undefined) => !!words && tailText.includes(words) && !headText.includes(words);
  const newRef = freeRef(work.document, `${task.ref}-p2`);
  const head: Task = {
    ...task,
    text: headText,
    deadline: inTail(task.deadlineText) ? null : task.deadline,
    deadlineText: inTail(task.deadlineText) ? null : task.deadlineText,
    indicators: task.indicators.filter((r) => !inTail(indicatorText.get(r))),
  };
  const tail: Task = {
    ...task,
    ref: newRef,
    text: tailText,
    deadline: inTail(task.deadlineText) ? task.deadline : null,
    deadlineText: inTail(task.deadlineText) ? task.deadlineText : null,
    indicators: task.indicators.filter((r) => inTail(indicatorText.get(r))),
  };
  const reason = "reviewer.split";
  return {
    document: { ...work.document, tasks: tasks.flatMap((t, i) => (i === index ? [head, tail] : [t])) },
    evidence: withEvidence(
      withEvidence(work.evidence, {
        item: "task",
        ref: task.ref,
        source: { quote: headText, start: span.start, end: span.start + headText.length },
        confidence: "high",
        reason,
      }),
      {
        item: "task",
        ref: newRef,
        source: { quote: tailText, start: span.start + tailStart, end: span.start + tailStart + tailText.length },
        confidence: "high",
        reason,
      },
    ),
  };
}

/** A task the reviewer marks out of the catalog (it is not an assignment). */
export function rejectTask(work: DraftWork, ref: string): DraftWork {
  return {
    document: { ...work.document, tasks: work.document.tasks.filter((t) => t.ref !== ref) },
    evidence: work.evidence.filter((e) => !(e.item === "task" && e.ref === ref)),
  };
}

export function rejectGeneralTask(work: DraftWork, ref: string): DraftWork {
  return {
    document: { ...work.document, generalTasks: work.document.generalTasks.filter((t) => t.ref !== ref) },
    evidence: work.evidence.filter((e) => !(e.item === "generalTask" && e.ref === ref)),
  };
}

/** A task addressed to nobody after all: kept as a general task (an objective, a solution). */
export function taskToGeneral(work: DraftWork, ref: string): DraftWork {
  const task = work.document.tasks.find((t) => t.ref === ref);
  if (!task) return work;
  return {
    document: {
      ...work.document,
      tasks: work.document.tasks.filter((t) => t.ref !== ref),
      generalTasks: [...work.document.generalTasks, { ref: task.ref, section: task.section, text: task.text }],
    },
    evidence: work.evidence.map((e) => (e.item === "task" && e.ref === ref ? { ...e, item: "generalTask" } : e)),
  };
}

/** A general task that does name who must do it: a task with its lead. */
export function generalToTask(work: DraftWork, ref: string, lead: AgencyCode[]): DraftWork {
  const general = work.document.generalTasks.find((g) => g.ref === ref);
  if (!general || lead.length === 0) return work;
  const task: Task = { ...general, lead, coordinating: [], deadline: null, deadlineText: null, indicators: [] };
  return {
    document: {
      ...work.document,
      generalTasks: work.document.generalTasks.filter((g) => g.ref !== ref),
      tasks: [...work.document.tasks, task],
    },
    evidence: work.evidence.map((e) => (e.item === "generalTask" && e.ref === ref ? { ...e, item: "task" } : e)),
  };
}

/** A task the ingester missed, from words the reviewer selected in the source. */
export function addTask(
  work: DraftWork,
  span: Span,
  task: Pick<Task, "lead" | "coordinating" | "section"> & { ref: string },
): DraftWork {
  const ref = freeRef(work.document, task.ref);
  const added: Task = { ...task, ref, text: span.quote, deadline: null, deadlineText: null, indicators: [] };
  return {
    document: { ...work.document, tasks: [...work.document.tasks, added] },
    evidence: withEvidence(work.evidence, {
      item: "task",
      ref,
      source: span,
      confidence: "high",
      reason: "reviewer.add",
    }),
  };
}

/** A task's fields as the reviewer edited them (its ref may change: its evidence follows). */
export function updateTask(work: DraftWork, ref: string, task: Task): DraftWork {
  return {
    document: { ...work.document, tasks: work.document.tasks.map((t) => (t.ref === ref ? task : t)) },
    evidence: work.evidence.map((e) => (e.item === "task" && e.ref === ref ? { ...e, ref: task.ref } : e)),
  };
}

/** A target's fields as edited; the tasks pointing at it follow a changed ref. */
export function updateIndicator(work: DraftWork, ref: string, indicator: Indicator): DraftWork {
  return {
    document: {
      ...work.document,
      indicators: work.document.indicators.map((i) => (i.ref === ref ? indicator : i)),
      tasks: work.document.tasks.map((t) => ({
        ...t,
        indicators: t.indicators.map((r) => (r === ref ? indicator.ref : r)),
      })),
    },
    evidence: work.evidence.map((e) => (e.item === "indicator" && e.ref === ref ? { ...e, ref: indicator.ref } : e)),
  };
}

/** A target that is not one: dropped, and the tasks no longer point at it. */
export function rejectIndicator(work: DraftWork, ref: string): DraftWork {
  return {
    document: {
      ...work.document,
      indicators: work.document.indicators.filter((i) => i.ref !== ref),
      tasks: work.document.tasks.map((t) => ({ ...t, indicators: t.indicators.filter((r) => r !== ref) })),
    },
    evidence: work.evidence.filter((e) => !(e.item === "indicator" && e.ref === ref)),
  };
}

/** A data element added or edited (by its code). */
export function putDataElement(work: DraftWork, code: string | null, element: DataElement): DraftWork {
  const elements = work.document.dataElements;
  const next = code === null ? [...elements, element] : elements.map((d) => (d.code === code ? element : d));
  const rename = (c: string | null) => (code !== null && c === code ? element.code : c);
  return {
    ...work,
    document: {
      ...work.document,
      dataElements: next,
      indicators: work.document.indicators.map((i) => ({
        ...i,
        numerator: rename(i.numerator),
        denominator: rename(i.denominator),
        element: rename(i.element),
      })),
    },
  };
}

/** A data element no target uses: removed. One still used is kept (the caller says which target holds it). */
export function removeDataElement(work: DraftWork, code: string): DraftWork {
  const used = work.document.indicators.some((i) => [i.numerator, i.denominator, i.element].includes(code));
  if (used) return work;
  return {
    ...work,
    document: { ...work.document, dataElements: work.document.dataElements.filter((d) => d.code !== code) },
  };
}

/** The targets that read a data element. */
export const indicatorsUsing = (document: CatalogDocument, code: string) =>
  document.indicators.filter((i) => [i.numerator, i.denominator, i.element].includes(code)).map((i) => i.ref);

/** The words an item quotes, replaced by words the reviewer selected in the source (so they stay verbatim). */
export function replaceWords(
  work: DraftWork,
  item: "task" | "generalTask" | "indicator",
  ref: string,
  span: Span,
): DraftWork {
  const document = work.document;
  const next =
    item === "task"
      ? { ...document, tasks: document.tasks.map((t) => (t.ref === ref ? { ...t, text: span.quote } : t)) }
      : item === "generalTask"
        ? {
            ...document,
            generalTasks: document.generalTasks.map((g) => (g.ref === ref ? { ...g, text: span.quote } : g)),
          }
        : { ...document, indicators: document.indicators.map((i) => (i.ref === ref ? { ...i, text: span.quote } : i)) };
  return {
    document: next,
    evidence: withEvidence(work.evidence, {
      item,
      ref,
      source: span,
      confidence: "high",
      reason: "reviewer.reselect",
    }),
  };
}

/** A situation figure that is not one: dropped. */
export function rejectFact(work: DraftWork, index: number): DraftWork {
  return {
    ...work,
    document: { ...work.document, facts: work.document.facts.filter((_, i) => i !== index) },
  };
}

/** A general task the ingester missed (an objective, a solution addressed to nobody), from selected words. */
export function addGeneralTask(work: DraftWork, span: Span, ref: string, section: string | null): DraftWork {
  const free = freeRef(work.document, ref);
  return {
    document: {
      ...work.document,
      generalTasks: [...work.document.generalTasks, { ref: free, section, text: span.quote }],
    },
    evidence: withEvidence(work.evidence, {
      item: "generalTask",
      ref: free,
      source: span,
      confidence: "high",
      reason: "reviewer.add",
    }),
  };
}

/** A ref no target has yet: the wanted one, or it with .t2, .t3… */
export function freeIndicatorRef(document: CatalogDocument, wanted: string): string {
  const taken = new Set(document.indicators.map((i) => i.ref));
  if (!taken.has(wanted)) return wanted;
  const base = wanted.replace(/\.t\d+$/, "");
  let n = 2;
  while (taken.has(`${base}.t${n}`)) n += 1;
  return `${base}.t${n}`;
}

/**
 * A target the ingester missed, from selected words: its first number as the level ("trên 80%" → 80, percent), to be
 * completed by the reviewer; linked to the task whose words hold it, when one does.
 */
export function addIndicator(work: DraftWork, span: Span, ref: string): { work: DraftWork; ref: string } {
  const document = work.document;
  const indicatorRef = freeIndicatorRef(document, ref);
  const number = /(\d+(?:[.,]\d+)?)\s*(%)?/.exec(span.quote);
  const codes = new Set(document.indicators.map((i) => i.code));
  let code = `target_${indicatorRef
    .slice(1)
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toLowerCase()}`;
  while (codes.has(code)) code = `${code}_b`;
  const name = span.quote.replace(/\s+/g, " ").trim();
  const indicator: Indicator = {
    ref: indicatorRef,
    code,
    name: name.length > 80 ? `${name.slice(0, 77)}…` : name,
    text: span.quote,
    agency: null,
    unit: number?.[2] ? "percent" : "count",
    comparator: ">=",
    target: number ? Number(number[1]!.replace(",", ".")) : 0,
    baseline: null,
    due: null,
    aggregation: number?.[2] ? "ratio" : "sum",
    numerator: null,
    denominator: null,
    element: null,
    minCompleteness: null,
  };
  const holder = document.tasks.find((t) => {
    const e = work.evidence.find((x) => x.item === "task" && x.ref === t.ref);
    return e && e.source.start <= span.start && span.end <= e.source.end;
  });
  return {
    ref: indicatorRef,
    work: {
      document: {
        ...document,
        indicators: [...document.indicators, { ...indicator, agency: holder?.lead[0] ?? null }],
        tasks: document.tasks.map((t) => (t === holder ? { ...t, indicators: [...t.indicators, indicatorRef] } : t)),
      },
      evidence: withEvidence(work.evidence, {
        item: "indicator",
        ref: indicatorRef,
        source: span,
        confidence: "high",
        reason: "reviewer.add",
      }),
    },
  };
}
