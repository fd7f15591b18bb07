import { AgencyCode, ProvinceCode, type DeadlineRule, describeDeadline } from "@pcmt/domain";
import { createRouter, procedures, TRPCError, z } from "@pcmt/plugin-sdk";
import { listProvinces } from "../places/provinceDirectory";
import { exportCatalog } from "./exportCatalog";
import { agencyTaskProgress, documentTaskProgress } from "./taskProgress";
import { foldForSearch } from "./foldForSearch";
import { loadTasks, type TaskView } from "./loadTasks";

export type { TaskView };

const Slug = z.string().regex(/^[a-z0-9-]+$/, "Mã văn bản không hợp lệ");


const indicatorColumns = [
  "id",
  "document_slug as documentSlug",
  "ref",
  "code",
  "name",
  "text",
  "agency_code as agency",
  "unit",
  "comparator",
  "target",
  "baseline",
  "due",
  "aggregation",
  "numerator",
  "denominator",
  "element",
  "min_completeness as minCompleteness",
] as const;

export const TaskSearch = z.object({
  text: z.string().trim().max(200).optional(),
  agency: AgencyCode.optional(),
  role: z.enum(["lead", "coordinating", "any"]).default("any"),
  documentSlug: Slug.optional(),
  deadlineKind: z.enum(["fixed", "recurring", "by", "continuous", "all", "none"]).optional(),
  plugin: z.string().optional(),
  includeGeneral: z.boolean().default(false),
});

/** The plan catalog, readable by every signed-in user: documents, tasks, agencies' assignments, indicators. */
export const catalogRouter = createRouter({
  documents: procedures.signedIn().query(async ({ ctx }) => {
    const docs = await ctx.db.selectFrom("catalog_documents").select(["slug", "number", "kind", "issuer", "province", "province_code as provinceCode", "issued_on as issuedOn", "title", "covers_from as coversFrom", "covers_until as coversUntil"]).orderBy("position").execute();
    const counts = await ctx.db
      .selectFrom("catalog_tasks")
      .select(["document_slug", "is_general", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy(["document_slug", "is_general"])
      .execute();
    const indicatorCounts = await ctx.db.selectFrom("catalog_indicators").select(["document_slug", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("document_slug").execute();
    return docs.map((d) => ({
      ...d,
      tasks: Number(counts.find((c) => c.document_slug === d.slug && !c.is_general)?.n ?? 0),
      generalTasks: Number(counts.find((c) => c.document_slug === d.slug && c.is_general)?.n ?? 0),
      indicators: Number(indicatorCounts.find((c) => c.document_slug === d.slug)?.n ?? 0),
    }));
  }),

  /** Each task of a document, agency by agency: its status in the latest report that carries it (what the reader may read). */
  taskProgress: procedures
    .signedIn()
    .input(z.object({ slug: Slug }))
    .query(({ ctx, input }) => documentTaskProgress(ctx.db, ctx.actor, input.slug)),

  /** An agency's tasks across documents in the reader's province: the status in its latest report carrying each. */
  agencyProgress: procedures
    .signedIn()
    .input(z.object({ code: AgencyCode }))
    .query(({ ctx, input }) => agencyTaskProgress(ctx.db, ctx.actor, input.code)),

  document: procedures
    .signedIn()
    .input(z.object({ slug: Slug }))
    .query(async ({ ctx, input }) => {
      const doc = await ctx.db.selectFrom("catalog_documents").selectAll().where("slug", "=", input.slug).executeTakeFirst();
      if (!doc) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy văn bản." });
      const [sections, tasks, indicators, dataElements, facts] = await Promise.all([
        ctx.db.selectFrom("catalog_sections").select(["ref", "title", "parent_ref as parent"]).where("document_slug", "=", input.slug).orderBy("position").execute(),
        loadTasks(ctx.db, { documentSlug: input.slug }),
        ctx.db.selectFrom("catalog_indicators").select(indicatorColumns).where("document_slug", "=", input.slug).orderBy("position").execute(),
        ctx.db.selectFrom("catalog_data_elements").select(["code", "name", "text", "agency_code as agency", "unit", "aggregation"]).where("document_slug", "=", input.slug).orderBy("position").execute(),
        ctx.db.selectFrom("catalog_facts").select(["id", "name", "text", "value", "unit", "as_of as asOf"]).where("document_slug", "=", input.slug).orderBy("position").execute(),
      ]);
      const reporting = doc.reporting as { text: string; rule: DeadlineRule } | null;
      return {
        slug: doc.slug,
        number: doc.number,
        kind: doc.kind,
        issuer: doc.issuer,
        province: doc.province,
        issuedOn: doc.issued_on,
        title: doc.title,
        sourceText: doc.source_text,
        reporting: reporting ? { ...reporting, label: describeDeadline(reporting.rule) } : null,
        sections,
        tasks,
        indicators,
        dataElements,
        facts,
      };
    }),

  agency: procedures
    .signedIn()
    .input(z.object({ code: AgencyCode }))
    .query(async ({ ctx, input }) => {
      const agency = await ctx.db.selectFrom("agencies").selectAll().where("code", "=", input.code).executeTakeFirstOrThrow();
      const [names, successions, roles, indicators] = await Promise.all([
        ctx.db.selectFrom("agency_names").select(["name", "valid_from as validFrom", "valid_to as validTo"]).where("agency_code", "=", input.code).execute(),
        ctx.db.selectFrom("agency_successions").select(["from_code as from", "to_code as to", "function", "effective_on as effectiveOn"]).where((eb) => eb.or([eb("from_code", "=", input.code), eb("to_code", "=", input.code)])).execute(),
        ctx.db.selectFrom("catalog_task_agencies").select(["task_id", "role"]).where("agency_code", "=", input.code).execute(),
        ctx.db.selectFrom("catalog_indicators").select(indicatorColumns).where("agency_code", "=", input.code).orderBy("document_slug").orderBy("position").execute(),
      ]);
      const tasks = await loadTasks(ctx.db, { taskIds: [...new Set(roles.map((r) => r.task_id))] });
      return {
        code: agency.code,
        nameVi: agency.name_vi,
        nameEn: agency.name_en,
        pluginId: agency.plugin_id,
        names,
        successions,
        leads: tasks.filter((t) => t.lead.includes(input.code)),
        coordinates: tasks.filter((t) => t.coordinating.includes(input.code)),
        indicators,
      };
    }),

  agencies: procedures.signedIn().query(async ({ ctx }) => {
    const agencies = await ctx.db.selectFrom("agencies").selectAll().orderBy("code").execute();
    const counts = await ctx.db.selectFrom("catalog_task_agencies").select(["agency_code", "role", (eb) => eb.fn.countAll<number>().as("n")]).groupBy(["agency_code", "role"]).execute();
    const count = (code: string, role: string) => Number(counts.find((c) => c.agency_code === code && c.role === role)?.n ?? 0);
    return agencies.map((a) => ({ code: a.code, nameVi: a.name_vi, nameEn: a.name_en, pluginId: a.plugin_id, leads: count(a.code, "lead"), coordinates: count(a.code, "coordinating") }));
  }),

  indicator: procedures
    .signedIn()
    .input(z.object({ id: z.string().min(1).max(200) }))
    .query(async ({ ctx, input }) => {
      const indicator = await ctx.db.selectFrom("catalog_indicators").select(indicatorColumns).where("id", "=", input.id).executeTakeFirst();
      if (!indicator) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy chỉ tiêu." });
      const doc = await ctx.db.selectFrom("catalog_documents").select(["slug", "number", "title", "province"]).where("slug", "=", indicator.documentSlug).executeTakeFirstOrThrow();
      const links = await ctx.db.selectFrom("catalog_task_indicators").select("task_id").where("indicator_id", "=", input.id).execute();
      const elements = await ctx.db
        .selectFrom("catalog_data_elements")
        .select(["code", "name", "text", "unit"])
        .where("document_slug", "=", indicator.documentSlug)
        .where("code", "in", [indicator.numerator ?? "", indicator.denominator ?? "", indicator.element ?? ""])
        .execute();
      return { ...indicator, document: doc, tasks: await loadTasks(ctx.db, { taskIds: links.map((l) => l.task_id) }), dataElements: elements };
    }),

  indicators: procedures.signedIn().query(({ ctx }) =>
    ctx.db
      .selectFrom("catalog_indicators")
      .innerJoin("catalog_documents", "catalog_documents.slug", "catalog_indicators.document_slug")
      .select(["catalog_indicators.id", "catalog_indicators.ref", "catalog_indicators.name", "catalog_indicators.text", "catalog_indicators.agency_code as agency", "catalog_indicators.unit", "catalog_indicators.comparator", "catalog_indicators.target", "catalog_indicators.baseline", "catalog_indicators.due", "catalog_documents.slug as documentSlug", "catalog_documents.number as documentNumber", "catalog_documents.title as documentTitle"])
      .orderBy("catalog_documents.position")
      .orderBy("catalog_indicators.position")
      .execute(),
  ),

  /** Search across tasks by text (accents optional: "cai nghien" finds "cai nghiện") and filters. */
  searchTasks: procedures
    .signedIn()
    .input(TaskSearch)
    .query(async ({ ctx, input }) => {
      const all = await loadTasks(ctx.db, { documentSlug: input.documentSlug });
      const needle = input.text ? foldForSearch(input.text) : null;
      return all.filter((t) => {
        if (t.isGeneral && !input.includeGeneral) return false;
        if (needle && !foldForSearch(`${t.text} ${t.ref} ${t.documentNumber ?? ""}`).includes(needle)) return false;
        if (input.agency) {
          const asLead = t.lead.includes(input.agency);
          const asCoordinator = t.coordinating.includes(input.agency);
          if (input.role === "lead" && !asLead) return false;
          if (input.role === "coordinating" && !asCoordinator) return false;
          if (input.role === "any" && !asLead && !asCoordinator) return false;
        }
        if (input.plugin && t.ownerPlugin !== input.plugin) return false;
        if (input.deadlineKind) {
          const kind = t.deadline?.kind ?? "none";
          if (kind !== input.deadlineKind) return false;
        }
        return true;
      });
    }),

  /** Today's provinces, from the place hierarchy (the repository's and any dataset loaded). */
  provinces: procedures.signedIn().query(({ ctx }) => listProvinces(ctx.db)),

  places: procedures
    .signedIn()
    .input(z.object({ province: ProvinceCode }))
    .query(async ({ ctx, input }) => {
      const units = await ctx.db.selectFrom("org_units").selectAll().where("province_code", "=", input.province).orderBy("level").orderBy("name").execute();
      const successors = await ctx.db.selectFrom("org_unit_successors").selectAll().where("from_code", "in", units.length ? units.map((u) => u.code) : [""]).execute();
      return units.map((u) => ({
        code: u.code,
        name: u.name,
        kind: u.kind,
        level: u.level,
        parent: u.parent_code,
        validFrom: u.valid_from,
        validTo: u.valid_to,
        note: u.note,
        successors: successors.filter((s) => s.from_code === u.code).map((s) => s.to_code),
      }));
    }),

  export: procedures
    .signedIn()
    .input(z.object({ slug: Slug.optional() }))
    .query(({ ctx, input }) => exportCatalog(ctx.db, input.slug)),
});
