import type { Actor } from "@pcmt/domain";
import { recordAudit, type RequestContext, TRPCError } from "@pcmt/plugin-sdk";
import { installedPlugins } from "../composition/installedPlugins";
import { compareDocuments } from "./compareDocuments";
import { currentDocument, loadDraft, requireOpen } from "./intakeDrafts";
import { publicationProblems } from "./publicationCheck";
import { reloadDocumentOfRecord } from "./reloadDocument";

type IntakeContext = Pick<RequestContext, "db" | "requestId" | "log"> & { actor: Actor };

/**
 * Publishes a reviewed draft: a new version of the document is kept whole (its source file, text and items, who
 * published it, when, what changed against the previous version) and loaded into the catalog in the same
 * transaction, so its tasks, reporting obligations and targets are read by the workspaces, the desk and the console
 * from the next request. Tasks keep their ids (`<slug>#<ref>`): reports made against an unchanged item stay with it.
 */
export async function publishDraft(
  ctx: IntakeContext,
  input: { id: string; version: number; reportsFrom?: string | null },
) {
  const published = await ctx.db.transaction().execute(async (trx) => {
    const draft = await loadDraft(trx, ctx.actor, input.id, true);
    requireOpen(draft, input.version);
    const problems = publicationProblems(draft.state, draft.source_text);
    if (problems.length > 0)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Chưa đăng được văn bản: ${problems
          .slice(0, 3)
          .map((p) => p.message)
          .join(" ")}${problems.length > 3 ? ` (và ${problems.length - 3} vấn đề khác)` : ""}`,
      });
    const document = draft.state.document;
    const existing = await trx
      .selectFrom("catalog_documents")
      .select(["slug", "province_code"])
      .where("slug", "=", document.slug)
      .executeTakeFirst();
    if (existing && draft.base_slug !== document.slug)
      throw new TRPCError({ code: "CONFLICT", message: `Mã văn bản "${document.slug}" đã có trong danh mục.` });
    if (existing && existing.province_code !== draft.province_code)
      throw new TRPCError({ code: "FORBIDDEN", message: "Văn bản cần cập nhật thuộc tỉnh khác." });
    const previous = draft.base_slug ? await currentDocument(trx, draft.base_slug) : null;
    const comparison = compareDocuments(previous, document);
    const last = await trx
      .selectFrom("catalog_publications")
      .select(({ fn }) => fn.max("version").as("version"))
      .where("slug", "=", document.slug)
      .executeTakeFirst();
    const version = (last?.version ?? 0) + 1;
    // Report periods due before the document entered the platform were reported outside it: not owed here. A new
    // version keeps the day its document entered (a repository document's obligations were always owed).
    const entered = previous
      ? await trx
          .selectFrom("catalog_documents")
          .select(["reports_from"])
          .where("slug", "=", document.slug)
          .executeTakeFirst()
      : undefined;
    const reportsFrom =
      input.reportsFrom !== undefined
        ? input.reportsFrom
        : previous
          ? (entered?.reports_from ?? null)
          : new Date().toISOString().slice(0, 10);
    const changes = {
      header: comparison.header,
      counts: comparison.counts,
      items: comparison.items.filter((i) => i.change !== "unchanged").map((i) => ({ ...i, before: null, after: null })),
    };
    await trx
      .insertInto("catalog_publications")
      .values({
        slug: document.slug,
        version,
        province_code: draft.province_code,
        draft_id: draft.id,
        document: JSON.stringify(document),
        source_file_name: draft.source_file_name,
        source_sha256: draft.source_sha256,
        source_bytes: draft.source_bytes,
        source_text: draft.source_text,
        changes: JSON.stringify(changes),
        reports_from: reportsFrom,
        published_by: ctx.actor.userId,
      })
      .execute();
    await reloadDocumentOfRecord(trx, document.slug, installedPlugins);
    const loaded = await trx
      .selectFrom("catalog_documents")
      .select("province_code")
      .where("slug", "=", document.slug)
      .executeTakeFirstOrThrow();
    if (loaded.province_code !== draft.province_code)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Văn bản ghi tỉnh "${document.province}", không phải tỉnh của bản nháp: sửa tên tỉnh trước khi đăng.`,
      });
    await trx
      .updateTable("document_drafts")
      .set({
        status: "published",
        version: draft.version + 1,
        published_slug: document.slug,
        published_version: version,
        updated_by: ctx.actor.userId,
        updated_at: new Date(),
      })
      .where("id", "=", draft.id)
      .execute();
    await recordAudit(
      { ...ctx, db: trx },
      {
        action: "document.publish",
        entity: "catalog_document",
        entityId: document.slug,
        before: previous ? { tasks: previous.tasks.length, indicators: previous.indicators.length } : null,
        after: { version, draft: draft.id, reportsFrom, ...changes.counts, header: changes.header },
      },
    );
    return { slug: document.slug, version, reportsFrom, counts: comparison.counts, tasks: document.tasks.length };
  });
  ctx.log.info({ ...published, user: ctx.actor.username }, "document published");
  return published;
}
