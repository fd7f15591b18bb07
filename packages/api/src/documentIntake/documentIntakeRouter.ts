import { readDeadline } from "@pcmt/ingest";
import { createRouter, procedures, z } from "@pcmt/plugin-sdk";
import { DocumentSlug } from "../catalog/documentSlug";
import { markReplaced } from "./documentReplacement";
import { listDrafts, listIntakeDocuments, readDraft } from "./draftView";
import { DraftEdit } from "./draftState";
import { createDraft, discardDraft, saveDraft } from "./intakeDrafts";
import { intakeProvinceFor, intakeRoles } from "./intakeScope";
import { publishDraft } from "./publishDraft";

const DraftRef = z.object({ id: z.uuid("Mã bản nháp không hợp lệ"), version: z.number().int().min(1) });

/**
 * Bringing a document in: read it into a draft (a file through `POST /api/files/document-source`, or pasted
 * text), review and edit the draft beside its source, publish it into the catalog as a new version, mark a
 * document replaced. The standing office of the province and administrators.
 */
export const documentIntakeRouter = createRouter({
  drafts: procedures.forRoles(...intakeRoles).query(({ ctx }) => listDrafts(ctx.db, ctx.actor)),

  draft: procedures
    .forRoles(...intakeRoles)
    .input(z.object({ id: z.uuid("Mã bản nháp không hợp lệ") }))
    .query(({ ctx, input }) => readDraft(ctx.db, ctx.actor, input.id)),

  /** Pasted text, read like an uploaded .txt. */
  createFromText: procedures
    .forRoles(...intakeRoles)
    .input(
      z.object({
        text: z.string().trim().min(40, "Hãy dán toàn văn văn bản (ít nhất vài dòng).").max(2_000_000),
        fileName: z.string().trim().max(150).optional(),
        province: z.string().max(60).optional(),
        baseSlug: DocumentSlug.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      createDraft(ctx, {
        fileName: `${(input.fileName || "van-ban-dan").replace(/\.(txt|md)$/i, "")}.txt`,
        bytes: new TextEncoder().encode(input.text),
        provinceCode: intakeProvinceFor(ctx.actor, input.province),
        baseSlug: input.baseSlug ?? null,
        pasted: true,
      }),
    ),

  save: procedures
    .forRoles(...intakeRoles)
    .input(DraftEdit)
    .mutation(({ ctx, input }) => saveDraft(ctx, input)),

  /** `reportsFrom`: report periods due before this day are not owed through the platform (default: today). */
  publish: procedures
    .forRoles(...intakeRoles)
    .input(DraftRef.extend({ reportsFrom: z.iso.date("Ngày không hợp lệ (yyyy-mm-dd)").nullable().optional() }))
    .mutation(({ ctx, input }) => publishDraft(ctx, input)),

  discard: procedures
    .forRoles(...intakeRoles)
    .input(DraftRef)
    .mutation(({ ctx, input }) => discardDraft(ctx, input)),

  /** A deadline as the reviewer types it ("trước ngày 15 hàng tháng") → the rule the catalog keeps, or null. */
  readDeadline: procedures
    .forRoles(...intakeRoles)
    .input(
      z.object({
        text: z.string().trim().min(1).max(500),
        covers: z.object({ from: z.iso.date().nullable(), until: z.iso.date().nullable() }),
      }),
    )
    .query(({ input }) => readDeadline(input.text, input.covers)),

  /** The province's documents, with their published versions. */
  documents: procedures.forRoles(...intakeRoles).query(({ ctx }) => listIntakeDocuments(ctx.db, ctx.actor)),

  markReplaced: procedures
    .forRoles(...intakeRoles)
    .input(z.object({ slug: DocumentSlug, replacedBy: DocumentSlug.nullable() }))
    .mutation(({ ctx, input }) => markReplaced(ctx, input)),
});
