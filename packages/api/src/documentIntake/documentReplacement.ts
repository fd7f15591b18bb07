import type { Actor } from "@pcmt/domain";
import { recordAudit, type RequestContext, TRPCError } from "@pcmt/plugin-sdk";
import { documentsOfRecord } from "../catalog/documentsOfRecord";
import { installedPlugins } from "../composition/installedPlugins";
import { requireIntakeProvince } from "./intakeScope";
import { reloadDocumentOfRecord } from "./reloadDocument";

type IntakeContext = Pick<RequestContext, "db" | "requestId" | "log"> & { actor: Actor };

/**
 * Marks a document replaced by another of the same province (or lifts the mark): its lifetime ends the day before
 * the replacement begins, so its reporting obligations, recurring tasks and targets stop there (reports already made
 * stay). Loaded in the same transaction; audited.
 */
export async function markReplaced(ctx: IntakeContext, input: { slug: string; replacedBy: string | null }) {
  return ctx.db.transaction().execute(async (trx) => {
    const records = await documentsOfRecord(trx);
    const record = records.find((r) => r.document.slug === input.slug);
    if (!record)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "Văn bản không có trong danh mục (hoặc không sửa được ở đây).",
      });
    const rows = await trx
      .selectFrom("catalog_documents")
      .select(["slug", "province_code"])
      .where("slug", "in", [input.slug, ...(input.replacedBy ? [input.replacedBy] : [])])
      .execute();
    const provinceOf = new Map(rows.map((r) => [r.slug, r.province_code]));
    requireIntakeProvince(ctx.actor, provinceOf.get(input.slug) ?? null);
    if (input.replacedBy) {
      if (input.replacedBy === input.slug)
        throw new TRPCError({ code: "BAD_REQUEST", message: "Một văn bản không thể thay thế chính nó." });
      if (!records.some((r) => r.document.slug === input.replacedBy))
        throw new TRPCError({ code: "BAD_REQUEST", message: "Văn bản thay thế không có trong danh mục." });
      if (provinceOf.get(input.replacedBy) !== provinceOf.get(input.slug))
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Văn bản thay thế phải cùng tỉnh với văn bản bị thay thế.",
        });
      // No circle: the replacement, or what replaces it in turn, must not be replaced by this document.
      const replacedByOf = new Map(records.map((r) => [r.document.slug, r.replacedBy]));
      for (let next: string | null | undefined = input.replacedBy; next; next = replacedByOf.get(next))
        if (next === input.slug)
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: "Văn bản thay thế lại đang được thay thế bởi văn bản này: không thể thay thế vòng tròn.",
          });
    }
    const before = record.replacedBy;
    await trx.deleteFrom("catalog_replacements").where("slug", "=", input.slug).execute();
    if (input.replacedBy)
      await trx
        .insertInto("catalog_replacements")
        .values({ slug: input.slug, replaced_by: input.replacedBy, marked_by: ctx.actor.userId })
        .execute();
    else if (record.document.replacedBy && record.version === null)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Văn bản này được thay thế theo dữ liệu gốc của danh mục: không bỏ đánh dấu ở đây được.",
      });
    await reloadDocumentOfRecord(trx, input.slug, installedPlugins);
    const after = await trx
      .selectFrom("catalog_documents")
      .select(["covers_from", "covers_until", "replaced_by"])
      .where("slug", "=", input.slug)
      .executeTakeFirstOrThrow();
    await recordAudit(
      { ...ctx, db: trx },
      {
        action: input.replacedBy ? "document.replace" : "document.unreplace",
        entity: "catalog_document",
        entityId: input.slug,
        before: { replacedBy: before },
        after: { replacedBy: after.replaced_by, coversUntil: after.covers_until },
      },
    );
    return { slug: input.slug, replacedBy: after.replaced_by, coversUntil: after.covers_until };
  });
}
