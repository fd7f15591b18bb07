import { CatalogDocument } from "@pcmt/domain";

export interface CatalogCheck {
  errors: string[];
  summary: string[];
}

/**
 * Checks a catalog document against its source text: the schema, unique refs, links between tasks and
 * indicators, and that every quoted text (task, general task, indicator, data element, fact, heading, deadline
 * words) is a verbatim substring of the source.
 */
export function checkCatalogDocument(json: unknown, source: string): CatalogCheck {
  const errors: string[] = [];
  const parsed = CatalogDocument.safeParse(json);
  if (!parsed.success) {
    return { errors: parsed.error.issues.map((i) => `schema: ${i.path.join(".")}: ${i.message}`), summary: [] };
  }
  const doc = parsed.data;
  const verbatim = (what: string, text: string | null) => {
    if (text !== null && !source.includes(text))
      errors.push(`${what}: not a verbatim substring of ${doc.sourceFile}: «${text.slice(0, 80)}…»`);
  };
  const unique = (what: string, refs: string[]) => {
    const seen = new Set<string>();
    for (const ref of refs) {
      if (seen.has(ref)) errors.push(`${what}: duplicate ref ${ref}`);
      seen.add(ref);
    }
  };
  unique(
    "sections",
    doc.sections.map((s) => s.ref),
  );
  unique("tasks+generalTasks", [...doc.tasks.map((t) => t.ref), ...doc.generalTasks.map((t) => t.ref)]);
  unique(
    "indicators",
    doc.indicators.map((i) => i.ref),
  );
  unique(
    "indicator codes",
    doc.indicators.map((i) => i.code),
  );
  const sectionRefs = new Set(doc.sections.map((s) => s.ref));
  const indicatorRefs = new Set(doc.indicators.map((i) => i.ref));
  for (const s of doc.sections) {
    verbatim(`section ${s.ref} title`, s.title);
    if (s.parent && !sectionRefs.has(s.parent)) errors.push(`section ${s.ref}: unknown parent ${s.parent}`);
  }
  for (const t of doc.tasks) {
    verbatim(`task ${t.ref}`, t.text);
    verbatim(`task ${t.ref} deadlineText`, t.deadlineText);
    if (t.deadlineText && !t.text.includes(t.deadlineText) && !source.includes(t.deadlineText))
      errors.push(`task ${t.ref}: deadlineText not found`);
    if ((t.deadline === null) !== (t.deadlineText === null))
      errors.push(`task ${t.ref}: deadline and deadlineText must both be set or both null`);
    if (t.section && !sectionRefs.has(t.section)) errors.push(`task ${t.ref}: unknown section ${t.section}`);
    for (const ref of t.indicators) if (!indicatorRefs.has(ref)) errors.push(`task ${t.ref}: unknown indicator ${ref}`);
    const both = t.lead.filter((a) => t.coordinating.includes(a));
    if (both.length > 0) errors.push(`task ${t.ref}: ${both.join(", ")} both lead and coordinating`);
  }
  for (const g of doc.generalTasks) {
    verbatim(`general task ${g.ref}`, g.text);
    if (g.section && !sectionRefs.has(g.section)) errors.push(`general task ${g.ref}: unknown section ${g.section}`);
  }
  const elementCodes = new Set(doc.dataElements.map((d) => d.code));
  for (const i of doc.indicators) {
    verbatim(`indicator ${i.ref}`, i.text);
    if (i.aggregation === "ratio" && (!i.numerator || !i.denominator))
      errors.push(`indicator ${i.ref}: ratio needs numerator and denominator`);
    for (const code of [i.numerator, i.denominator, i.element]) {
      if (code && !elementCodes.has(code)) errors.push(`indicator ${i.ref}: unknown data element ${code}`);
    }
    if (i.aggregation === "ratio" && i.element)
      errors.push(`indicator ${i.ref}: a ratio is measured by its numerator and denominator, not by an element`);
  }
  if (doc.covers.from && doc.covers.until && doc.covers.from > doc.covers.until)
    errors.push(`covers: from ${doc.covers.from} is after until ${doc.covers.until}`);
  if (doc.reporting) verbatim("reporting", doc.reporting.text);
  for (const d of doc.dataElements) verbatim(`data element ${d.code}`, d.text);
  for (const f of doc.facts) verbatim(`fact ${f.name}`, f.text);

  const perSection = new Map<string, number>();
  for (const t of doc.tasks) perSection.set(t.section ?? "(none)", (perSection.get(t.section ?? "(none)") ?? 0) + 1);
  const summary = [
    `${doc.number ?? "(no number)"} — ${doc.tasks.length} tasks, ${doc.generalTasks.length} general tasks, ${doc.indicators.length} indicators, ${doc.dataElements.length} data elements, ${doc.facts.length} facts`,
    ...[...perSection].map(([section, n]) => `  ${section}: ${n} tasks`),
  ];
  return { errors, summary };
}
