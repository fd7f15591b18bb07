import { catalogDocuments, orgUnits, type PluginAgencies, taskOwner } from "@pcmt/catalog";
import type { CoreDatabase, Kysely } from "@pcmt/db";
import {
  agencies,
  agencyAliases,
  agencySuccessions,
  type CatalogDocument,
  effectiveLifetime,
  type OrgUnit,
} from "@pcmt/domain";
import { type DocumentOfRecord, documentsOfRecord, replacementStart } from "./documentsOfRecord";
import { foldForSearch } from "./foldForSearch";

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Stable ids, so reports and values can point at a task or indicator across reloads: "<slug>#<ref>". */
export const taskId = (slug: string, ref: string) => `${slug}#${ref}`;

/** The code of the province a document names ("Quảng Trị" → quang_tri), from the places loaded. */
async function provinceCodeOf(db: Kysely<CoreDatabase>, doc: CatalogDocument): Promise<string> {
  const fold = (s: string) => foldForSearch(s).replace(/^(tinh|thanh pho)\s+/, "");
  const provinces = await db
    .selectFrom("org_units")
    .select(["code", "name"])
    .where("level", "=", "province")
    .where("valid_to", "is", null)
    .execute();
  const found = provinces.find((p) => fold(p.name) === fold(doc.province));
  if (!found)
    throw new Error(`Văn bản "${doc.slug}" thuộc tỉnh "${doc.province}" nhưng danh mục địa bàn không có tỉnh này.`);
  return found.code;
}

/** Replaces one document (its sections, tasks, indicators, data elements and facts) in the catalog tables. */
export async function loadDocument(
  db: Kysely<CoreDatabase>,
  doc: CatalogDocument,
  position: number,
  plugins: PluginAgencies,
  text: string,
  replacementFrom: string | null = null,
  version: number | null = null,
  reportsFrom: string | null = null,
) {
  const provinceCode = await provinceCodeOf(db, doc);
  const covers = effectiveLifetime(doc.covers, replacementFrom);
  await db.deleteFrom("catalog_documents").where("slug", "=", doc.slug).execute();
  await db
    .insertInto("catalog_documents")
    .values({
      slug: doc.slug,
      position,
      number: doc.number,
      kind: doc.kind,
      issuer: doc.issuer,
      province: doc.province,
      province_code: provinceCode,
      issued_on: doc.issuedOn,
      title: doc.title,
      source_file: doc.sourceFile,
      source_text: text,
      reporting: json(doc.reporting),
      covers_from: covers.from,
      covers_until: covers.until,
      replaced_by: doc.replacedBy,
      version,
      reports_from: reportsFrom,
    })
    .execute();
  if (doc.sections.length > 0) {
    await db
      .insertInto("catalog_sections")
      .values(
        doc.sections.map((s, i) => ({
          document_slug: doc.slug,
          ref: s.ref,
          position: i,
          title: s.title,
          parent_ref: s.parent,
        })),
      )
      .execute();
  }
  const tasks = [
    ...doc.tasks.map((t) => ({ ...t, general: false })),
    ...doc.generalTasks.map((g) => ({
      ...g,
      general: true,
      lead: [],
      coordinating: [],
      deadline: null,
      deadlineText: null,
      indicators: [],
    })),
  ];
  if (tasks.length > 0) {
    await db
      .insertInto("catalog_tasks")
      .values(
        tasks.map((t, i) => ({
          id: taskId(doc.slug, t.ref),
          document_slug: doc.slug,
          ref: t.ref,
          position: i,
          section_ref: t.section,
          text: t.text,
          is_general: t.general,
          owner_plugin: t.general ? null : taskOwner(t.lead, plugins),
          deadline: json(t.deadline),
          deadline_text: t.deadlineText,
          deadline_kind: t.deadline?.kind ?? null,
        })),
      )
      .execute();
  }
  const roles = doc.tasks.flatMap((t) => [
    ...t.lead.map((agency, i) => ({
      task_id: taskId(doc.slug, t.ref),
      agency_code: agency,
      role: "lead" as const,
      position: i,
    })),
    ...t.coordinating.map((agency, i) => ({
      task_id: taskId(doc.slug, t.ref),
      agency_code: agency,
      role: "coordinating" as const,
      position: i,
    })),
  ]);
  if (roles.length > 0) await db.insertInto("catalog_task_agencies").values(roles).execute();
  if (doc.indicators.length > 0) {
    await db
      .insertInto("catalog_indicators")
      .values(
        doc.indicators.map((ind, i) => ({
          id: taskId(doc.slug, ind.ref),
          document_slug: doc.slug,
          ref: ind.ref,
          position: i,
          code: ind.code,
          name: ind.name,
          text: ind.text,
          agency_code: ind.agency,
          unit: ind.unit,
          comparator: ind.comparator,
          target: ind.target,
          baseline: json(ind.baseline),
          due: ind.due,
          aggregation: ind.aggregation,
          numerator: ind.numerator,
          denominator: ind.denominator,
          element: ind.element,
          min_completeness: ind.minCompleteness,
        })),
      )
      .execute();
  }
  const links = doc.tasks.flatMap((t) =>
    t.indicators.map((ref) => ({ task_id: taskId(doc.slug, t.ref), indicator_id: taskId(doc.slug, ref) })),
  );
  if (links.length > 0) await db.insertInto("catalog_task_indicators").values(links).execute();
  if (doc.dataElements.length > 0) {
    await db
      .insertInto("catalog_data_elements")
      .values(
        doc.dataElements.map((d, i) => ({
          id: `${doc.slug}#${d.code}`,
          document_slug: doc.slug,
          position: i,
          code: d.code,
          name: d.name,
          text: d.text,
          agency_code: d.agency,
          unit: d.unit,
          aggregation: d.aggregation,
        })),
      )
      .execute();
  }
  if (doc.facts.length > 0) {
    await db
      .insertInto("catalog_facts")
      .values(
        doc.facts.map((f, i) => ({
          id: `${doc.slug}#fact${i + 1}`,
          document_slug: doc.slug,
          position: i,
          name: f.name,
          text: f.text,
          value: f.value,
          unit: f.unit,
          as_of: f.asOf,
        })),
      )
      .execute();
  }
}

const provinceOf = (code: string) => code.split(".")[0] ?? code;

/**
 * Replaces the places of the provinces the given units belong to; other provinces' places (a loaded dataset's)
 * stay. Inserted in batches (a province has hundreds of units).
 */
export async function loadPlaces(db: Kysely<CoreDatabase>, units: readonly OrgUnit[]) {
  const provinceCodes = [...new Set(units.map((u) => provinceOf(u.code)))];
  if (provinceCodes.length === 0) return;
  await db
    .deleteFrom("org_unit_successors")
    .where("from_code", "in", (eb) =>
      eb.selectFrom("org_units").select("code").where("province_code", "in", provinceCodes),
    )
    .execute();
  await db.deleteFrom("org_units").where("province_code", "in", provinceCodes).execute();
  for (let i = 0; i < units.length; i += 500) {
    await db
      .insertInto("org_units")
      .values(
        units.slice(i, i + 500).map((u) => ({
          code: u.code,
          name: u.name,
          kind: u.kind,
          level: u.level,
          parent_code: u.parent,
          province_code: provinceOf(u.code),
          valid_from: u.validFrom,
          valid_to: u.validTo,
          note: u.note,
        })),
      )
      .execute();
  }
  const successors = units.flatMap((u) => u.successors.map((to) => ({ from_code: u.code, to_code: to })));
  if (successors.length > 0) await db.insertInto("org_unit_successors").values(successors).execute();
}

async function loadAgencies(db: Kysely<CoreDatabase>, plugins: PluginAgencies) {
  await db.deleteFrom("agency_successions").execute();
  await db.deleteFrom("agency_names").execute();
  await db.deleteFrom("agencies").execute();
  await db
    .insertInto("agencies")
    .values(
      agencies.map((a) => ({
        code: a.code,
        name_vi: a.nameVi,
        name_en: a.nameEn,
        plugin_id: plugins.find((p) => p.agencies.includes(a.code))?.id ?? null,
      })),
    )
    .execute();
  await db
    .insertInto("agency_names")
    .values(
      agencyAliases.map((a) => ({ agency_code: a.agency, name: a.name, valid_from: a.validFrom, valid_to: a.validTo })),
    )
    .execute();
  await db
    .insertInto("agency_successions")
    .values(
      agencySuccessions.map((s) => ({
        from_code: s.from,
        to_code: s.to,
        function: s.function,
        effective_on: s.effectiveOn,
      })),
    )
    .execute();
}

/**
 * Loads the catalog (agencies, places, the source documents with their tasks and indicators) into the database.
 * Runs at every start in one transaction: the repository's data and the documents published in the web app
 * (`documentsOfRecord`) are the source of truth, ids stay stable.
 */
export async function loadCatalog(
  db: Kysely<CoreDatabase>,
  plugins: PluginAgencies,
  documents: readonly CatalogDocument[] = catalogDocuments,
  units: readonly OrgUnit[] = orgUnits,
): Promise<{ documents: number; tasks: number; orgUnits: number }> {
  let records: DocumentOfRecord[] = [];
  await db.transaction().execute(async (trx) => {
    await loadAgencies(trx, plugins);
    await loadPlaces(trx, units);
    records = await documentsOfRecord(trx, documents);
    for (const [i, record] of records.entries()) {
      await loadDocument(
        trx,
        { ...record.document, replacedBy: record.replacedBy },
        i,
        plugins,
        record.sourceText,
        replacementStart(records, record),
        record.version,
        record.reportsFrom,
      );
    }
  });
  return {
    documents: records.length,
    tasks: records.reduce((n, r) => n + r.document.tasks.length, 0),
    orgUnits: units.length,
  };
}
