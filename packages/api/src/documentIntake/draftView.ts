import type { CoreDatabase, Kysely } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import { compareDocuments } from "./compareDocuments";
import { currentDocument, loadDraft, reportCounts } from "./intakeDrafts";
import { publicationProblems } from "./publicationCheck";

const userName = (db: Kysely<CoreDatabase>, id: string | null) =>
  id
    ? db
        .selectFrom("users")
        .select("display_name")
        .where("id", "=", id)
        .executeTakeFirst()
        .then((u) => u?.display_name ?? null)
    : Promise.resolve(null);

/**
 * A draft as the review page shows it: the source text, the drafted document with each item's evidence, the points
 * to settle, what still blocks publication and — for a new version — what changes against the document in the
 * catalog, with the reports each changed or dropped task carries.
 */
export async function readDraft(db: Kysely<CoreDatabase>, actor: Actor, id: string) {
  const draft = await loadDraft(db, actor, id);
  const base = draft.base_slug ? await currentDocument(db, draft.base_slug) : null;
  const comparison = draft.base_slug ? compareDocuments(base, draft.state.document) : null;
  const reports = comparison
    ? await reportCounts(
        db,
        draft.base_slug!,
        comparison.items.filter((i) => i.kind === "task").map((i) => i.ref),
      )
    : new Map<string, number>();
  const [createdBy, updatedBy] = await Promise.all([userName(db, draft.created_by), userName(db, draft.updated_by)]);
  return {
    id: draft.id,
    status: draft.status,
    version: draft.version,
    provinceCode: draft.province_code,
    baseSlug: draft.base_slug,
    baseTitle: base?.title ?? null,
    sourceFileName: draft.source_file_name,
    sourceVia: draft.source_via,
    sourceText: draft.source_text,
    createdAt: new Date(draft.created_at).toISOString(),
    createdBy,
    updatedAt: new Date(draft.updated_at).toISOString(),
    updatedBy,
    document: draft.state.document,
    evidence: draft.state.evidence,
    points: draft.state.points,
    problems: publicationProblems(draft.state, draft.source_text),
    comparison: comparison && {
      header: comparison.header,
      counts: comparison.counts,
      items: comparison.items.map((i) => ({ ...i, reports: i.kind === "task" ? (reports.get(i.ref) ?? 0) : 0 })),
    },
    published: draft.published_slug ? { slug: draft.published_slug, version: draft.published_version } : null,
  };
}

/** The drafts of the actor's province (every province's for a national administrator), the most recent first. */
export async function listDrafts(db: Kysely<CoreDatabase>, actor: Actor) {
  let query = db
    .selectFrom("document_drafts as d")
    .leftJoin("users as u", "u.id", "d.created_by")
    .select([
      "d.id",
      "d.status",
      "d.province_code",
      "d.base_slug",
      "d.source_file_name",
      "d.created_at",
      "d.updated_at",
      "d.state",
      "d.published_slug",
      "d.published_version",
      "u.display_name as created_by",
    ])
    .orderBy("d.updated_at", "desc")
    .limit(200);
  if (actor.provinceCode) query = query.where("d.province_code", "=", actor.provinceCode);
  const rows = await query.execute();
  return rows.map((r) => {
    const state = r.state as {
      document: { title: string; slug: string; tasks: unknown[]; indicators: unknown[] };
      points: { resolution: unknown }[];
    };
    return {
      id: r.id,
      status: r.status,
      provinceCode: r.province_code,
      baseSlug: r.base_slug,
      sourceFileName: r.source_file_name,
      createdAt: new Date(r.created_at).toISOString(),
      updatedAt: new Date(r.updated_at).toISOString(),
      createdBy: r.created_by,
      title: state.document.title,
      slug: state.document.slug,
      tasks: state.document.tasks.length,
      indicators: state.document.indicators.length,
      openPoints: state.points.filter((p) => !p.resolution).length,
      published: r.published_slug ? { slug: r.published_slug, version: r.published_version } : null,
    };
  });
}

/** The documents of the actor's province the web app can version or mark replaced, with their publications. */
export async function listIntakeDocuments(db: Kysely<CoreDatabase>, actor: Actor) {
  let query = db
    .selectFrom("catalog_documents as d")
    .select([
      "d.slug",
      "d.number",
      "d.title",
      "d.province_code",
      "d.issued_on",
      "d.covers_from",
      "d.covers_until",
      "d.replaced_by",
      "d.version",
    ])
    .orderBy("d.position");
  if (actor.provinceCode) query = query.where("d.province_code", "=", actor.provinceCode);
  const [documents, publications] = await Promise.all([
    query.execute(),
    db
      .selectFrom("catalog_publications as p")
      .leftJoin("users as u", "u.id", "p.published_by")
      .select(["p.slug", "p.version", "p.published_at", "p.source_file_name", "p.changes", "u.display_name"])
      .orderBy("p.version", "desc")
      .execute(),
  ]);
  return documents.map((d) => ({
    slug: d.slug,
    number: d.number,
    title: d.title,
    provinceCode: d.province_code,
    issuedOn: d.issued_on,
    coversFrom: d.covers_from,
    coversUntil: d.covers_until,
    replacedBy: d.replaced_by,
    version: d.version,
    versions: publications
      .filter((p) => p.slug === d.slug)
      .map((p) => ({
        version: p.version,
        publishedAt: new Date(p.published_at).toISOString(),
        publishedBy: p.display_name,
        sourceFileName: p.source_file_name,
        counts: (p.changes as { counts?: Record<string, number> } | null)?.counts ?? null,
      })),
  }));
}
