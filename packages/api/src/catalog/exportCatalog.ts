import type { CoreDatabase, Kysely } from "@pcmt/db";

/** The catalog in the documented export shape (docs/catalog.md), read from the database. */
export async function exportCatalog(db: Kysely<CoreDatabase>, onlySlug?: string) {
  let documentsQuery = db.selectFrom("catalog_documents").selectAll().orderBy("position");
  if (onlySlug) documentsQuery = documentsQuery.where("slug", "=", onlySlug);
  const documents = await documentsQuery.execute();
  const slugs = documents.map((d) => d.slug);
  if (slugs.length === 0) return { documents: [] };

  const [tasks, roles, links, indicators, dataElements, facts, sections] = await Promise.all([
    db.selectFrom("catalog_tasks").selectAll().where("document_slug", "in", slugs).orderBy("position").execute(),
    db
      .selectFrom("catalog_task_agencies")
      .innerJoin("catalog_tasks", "catalog_tasks.id", "catalog_task_agencies.task_id")
      .select(["task_id", "agency_code", "role", "catalog_task_agencies.position"])
      .where("catalog_tasks.document_slug", "in", slugs)
      .orderBy("catalog_task_agencies.position")
      .execute(),
    db
      .selectFrom("catalog_task_indicators")
      .innerJoin("catalog_indicators", "catalog_indicators.id", "catalog_task_indicators.indicator_id")
      .select(["task_id", "catalog_indicators.ref"])
      .where("catalog_indicators.document_slug", "in", slugs)
      .execute(),
    db.selectFrom("catalog_indicators").selectAll().where("document_slug", "in", slugs).orderBy("position").execute(),
    db
      .selectFrom("catalog_data_elements")
      .selectAll()
      .where("document_slug", "in", slugs)
      .orderBy("position")
      .execute(),
    db.selectFrom("catalog_facts").selectAll().where("document_slug", "in", slugs).orderBy("position").execute(),
    db.selectFrom("catalog_sections").selectAll().where("document_slug", "in", slugs).orderBy("position").execute(),
  ]);
  const agenciesOf = (taskId: string, role: "lead" | "coordinating") =>
    roles.filter((r) => r.task_id === taskId && r.role === role).map((r) => r.agency_code);

  return {
    documents: documents.map((doc) => ({
      slug: doc.slug,
      number: doc.number,
      kind: doc.kind,
      issuer: doc.issuer,
      province: doc.province,
      issuedOn: doc.issued_on,
      title: doc.title,
      reporting: doc.reporting,
      sections: sections
        .filter((s) => s.document_slug === doc.slug)
        .map((s) => ({ ref: s.ref, title: s.title, parent: s.parent_ref })),
      tasks: tasks
        .filter((t) => t.document_slug === doc.slug && !t.is_general)
        .map((t) => ({
          ref: t.ref,
          section: t.section_ref,
          text: t.text,
          lead: agenciesOf(t.id, "lead"),
          coordinating: agenciesOf(t.id, "coordinating"),
          deadline: t.deadline,
          deadlineText: t.deadline_text,
          indicators: links.filter((l) => l.task_id === t.id).map((l) => l.ref),
          plugin: t.owner_plugin,
        })),
      generalTasks: tasks
        .filter((t) => t.document_slug === doc.slug && t.is_general)
        .map((t) => ({ ref: t.ref, section: t.section_ref, text: t.text })),
      indicators: indicators
        .filter((i) => i.document_slug === doc.slug)
        .map((i) => ({
          ref: i.ref,
          code: i.code,
          name: i.name,
          text: i.text,
          agency: i.agency_code,
          unit: i.unit,
          comparator: i.comparator,
          target: i.target,
          baseline: i.baseline,
          due: i.due,
          aggregation: i.aggregation,
          numerator: i.numerator,
          denominator: i.denominator,
        })),
      dataElements: dataElements
        .filter((d) => d.document_slug === doc.slug)
        .map((d) => ({
          code: d.code,
          name: d.name,
          text: d.text,
          agency: d.agency_code,
          unit: d.unit,
          aggregation: d.aggregation,
        })),
      facts: facts
        .filter((f) => f.document_slug === doc.slug)
        .map((f) => ({ text: f.text, name: f.name, value: f.value, unit: f.unit, asOf: f.as_of })),
    })),
  };
}
