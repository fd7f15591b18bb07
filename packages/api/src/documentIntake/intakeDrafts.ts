import { createHash } from "node:crypto";
import type { CoreDatabase, Kysely } from "@pcmt/db";
import type { Actor, CatalogDocument } from "@pcmt/domain";
import { draftDocument, readHeader, readOutline, readSource, UnreadableSourceError } from "@pcmt/ingest";
import { recordAudit, type RequestContext, TRPCError } from "@pcmt/plugin-sdk";
import { documentsOfRecord } from "../catalog/documentsOfRecord";
import { foldForSearch } from "../catalog/foldForSearch";
import { compareDocuments } from "./compareDocuments";
import { type DraftEdit, type DraftPoint, DraftState } from "./draftState";
import { requireIntakeProvince } from "./intakeScope";
import { knownDataElements } from "./knownDataElements";

type IntakeContext = Pick<RequestContext, "db" | "requestId" | "log"> & { actor: Actor };

export interface NewDraftSource {
  fileName: string;
  bytes: Uint8Array;
  provinceCode: string;
  /** The document this is a new version of. */
  baseSlug: string | null;
  /** The text was pasted, not read from a file. */
  pasted?: boolean;
}

const provinceWords = (name: string) => foldForSearch(name).replace(/^(tinh|thanh pho)\s+/, "");

async function provinceName(db: Kysely<CoreDatabase>, code: string): Promise<string> {
  const row = await db
    .selectFrom("org_units")
    .select("name")
    .where("code", "=", code)
    .where("level", "=", "province")
    .executeTakeFirst();
  if (!row) throw new TRPCError({ code: "BAD_REQUEST", message: "Danh mục địa bàn không có tỉnh này." });
  return row.name.replace(/^(Tỉnh|Thành phố)\s+/u, "");
}

async function requireBaseDocument(db: Kysely<CoreDatabase>, slug: string, provinceCode: string) {
  const base = await db
    .selectFrom("catalog_documents")
    .select(["slug", "province_code", "title"])
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (!base) throw new TRPCError({ code: "BAD_REQUEST", message: "Văn bản cần cập nhật không có trong danh mục." });
  if (base.province_code !== provinceCode)
    throw new TRPCError({ code: "FORBIDDEN", message: "Văn bản cần cập nhật thuộc tỉnh khác." });
  return base;
}

/** A slug no other document has: the drafted one, or it with -2, -3… */
async function freeSlug(db: Kysely<CoreDatabase>, slug: string): Promise<string> {
  const taken = new Set(
    (await db.selectFrom("catalog_documents").select("slug").where("slug", "like", `${slug}%`).execute()).map(
      (r) => r.slug,
    ),
  );
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n += 1;
  return `${slug}-${n}`;
}

/**
 * Reads an uploaded or pasted document and keeps its draft for review: the ingester's document, each item's
 * evidence and the points a person must settle (the ingester's doubts, a header naming another province, a
 * slug already taken, a new version dropping items that reports were made against). Nothing enters the catalog.
 */
export async function createDraft(ctx: IntakeContext, source: NewDraftSource): Promise<{ id: string }> {
  let read;
  try {
    read = await readSource(source.fileName, source.bytes);
  } catch (error) {
    if (error instanceof UnreadableSourceError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
    throw error;
  }
  const text = read.text;
  if (text.replace(/\s+/g, "").length < 40)
    throw new TRPCError({ code: "BAD_REQUEST", message: "Văn bản không có nội dung để đọc (quá ngắn hoặc rỗng)." });
  const province = await provinceName(ctx.db, source.provinceCode);
  const base = source.baseSlug ? await requireBaseDocument(ctx.db, source.baseSlug, source.provinceCode) : null;
  const draft = draftDocument(text, {
    sourceFile: source.fileName,
    province,
    knownElements: await knownDataElements(ctx.db, source.provinceCode),
  });
  const points: Omit<DraftPoint, "id">[] = draft.review.map((p) => ({ ...p, resolution: null }));
  const header = readHeader(text, { start: readOutline(text).roots[0]?.start ?? Math.min(text.length, 3000) });
  if (header.province && provinceWords(header.province) !== provinceWords(province))
    points.unshift({
      item: "header",
      ref: "header",
      message: `Văn bản ghi tỉnh "${header.province}" nhưng được nhập cho tỉnh ${province}: kiểm tra lại văn bản.`,
      source: null,
      resolution: null,
    });
  let document = { ...draft.document };
  let kept = new Set<string>();
  if (base) {
    document.slug = base.slug;
    const previous = await currentDocument(ctx.db, base.slug);
    if (previous) {
      const carried = carryReviewedReadings(previous, document);
      document = carried.document;
      kept = carried.kept;
      if (JSON.stringify(carried.document.covers) !== JSON.stringify(draft.document.covers))
        points.unshift({
          item: "header",
          ref: "header",
          message: `Hiệu lực giữ như bản đang dùng (${previous.covers.from ?? "…"} – ${previous.covers.until ?? "chưa xác định"}); văn bản mới đọc được ${draft.document.covers.from ?? "…"} – ${draft.document.covers.until ?? "chưa xác định"}. Sửa ở "Sửa thông tin" nếu bản mới đổi hiệu lực.`,
          source: null,
          resolution: null,
        });
    }
    const removed = compareDocuments(previous, document).items.filter(
      (i) => i.change === "removed" && i.kind === "task",
    );
    const reported = await reportCounts(
      ctx.db,
      base.slug,
      removed.map((r) => r.ref),
    );
    for (const item of removed) {
      const count = reported.get(item.ref) ?? 0;
      if (count > 0)
        points.push({
          item: "task",
          ref: item.ref,
          message: `Nhiệm vụ ${item.ref} của bản trước không còn trong bản mới nhưng đã có ${count} báo cáo: các báo cáo đó giữ nguyên nhưng nhiệm vụ sẽ không còn được giao. Kiểm tra lại số hiệu trước khi đăng.`,
          source: null,
          resolution: null,
        });
    }
  } else {
    document.slug = await freeSlug(ctx.db, document.slug);
    if (document.slug !== draft.document.slug)
      points.unshift({
        item: "header",
        ref: "header",
        message: `Mã "${draft.document.slug}" đã có trong danh mục: bản nháp dùng mã "${document.slug}". Nếu đây là bản mới của văn bản đã có, hãy nhập nó là "phiên bản mới" của văn bản đó.`,
        source: null,
        resolution: null,
      });
  }
  // Points the reviewer settled on the previous version's unchanged items are not asked again.
  const open = points.filter((p) => !(kept.has(p.ref) && ["task", "indicator", "dataElement"].includes(p.item)));
  const state = DraftState.parse({
    document,
    evidence: draft.evidence,
    points: open.map((p, i) => ({ ...p, id: `p${i + 1}` })),
  });
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("document_drafts")
      .values({
        province_code: source.provinceCode,
        base_slug: base?.slug ?? null,
        source_file_name: source.fileName,
        source_via: source.pasted ? "paste" : read.via,
        source_sha256: createHash("sha256").update(source.bytes).digest("hex"),
        source_bytes: Buffer.from(source.bytes),
        source_text: text,
        state: JSON.stringify(state),
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(
      { ...ctx, db: trx },
      {
        action: "document.draft.create",
        entity: "document_draft",
        entityId: row.id,
        after: {
          fileName: source.fileName,
          via: source.pasted ? "paste" : read.via,
          slug: document.slug,
          baseSlug: base?.slug ?? null,
          tasks: document.tasks.length,
          indicators: document.indicators.length,
          points: state.points.length,
        },
      },
    );
    ctx.log.info(
      { draft: row.id, slug: document.slug, tasks: document.tasks.length, user: ctx.actor.username },
      "document draft created",
    );
    return { id: row.id };
  });
}

/**
 * A new version read afresh would lose what the reviewer corrected in the version in use: each task or target whose
 * ref and words did not change keeps its reviewed reading (agencies, deadline, targets; a target's comparator, value,
 * elements, with the elements it reads), and the document keeps its lifetime and reporting clause unless the new text
 * has one the old had not.
 */
export function carryReviewedReadings(
  previous: CatalogDocument,
  next: CatalogDocument,
): { document: CatalogDocument; kept: Set<string> } {
  const kept = new Set<string>();
  const oldTask = new Map(previous.tasks.map((t) => [t.ref, t]));
  const oldIndicator = new Map(previous.indicators.map((i) => [i.ref, i]));
  const indicators = next.indicators.map((i) => {
    const was = oldIndicator.get(i.ref);
    if (!was || was.text !== i.text) return i;
    kept.add(i.ref);
    return was;
  });
  const indicatorRefs = new Set(indicators.map((i) => i.ref));
  const tasks = next.tasks.map((t) => {
    const was = oldTask.get(t.ref);
    if (!was || was.text !== t.text) return t;
    kept.add(t.ref);
    return { ...was, indicators: was.indicators.filter((r) => indicatorRefs.has(r)) };
  });
  const used = new Set(
    indicators.flatMap((i) => [i.numerator, i.denominator, i.element]).filter((c): c is string => c !== null),
  );
  const elements = [
    ...next.dataElements.filter((d) => used.has(d.code)),
    ...previous.dataElements.filter((d) => used.has(d.code) && !next.dataElements.some((n) => n.code === d.code)),
  ];
  return {
    kept,
    document: {
      ...next,
      tasks,
      indicators,
      dataElements: elements,
      covers: previous.covers,
      reporting: next.reporting ?? previous.reporting,
    },
  };
}

/** The document as the catalog holds it now (for a new version's comparison). */
export async function currentDocument(db: Kysely<CoreDatabase>, slug: string) {
  return (await documentsOfRecord(db)).find((r) => r.document.slug === slug)?.document ?? null;
}

/** How many reports carry each task of a document. */
export async function reportCounts(db: Kysely<CoreDatabase>, slug: string, refs: readonly string[]) {
  if (refs.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom("report_items")
    .select(["task_id", (eb) => eb.fn.countAll<string>().as("n")])
    .where(
      "task_id",
      "in",
      refs.map((ref) => `${slug}#${ref}`),
    )
    .groupBy("task_id")
    .execute();
  return new Map(rows.map((r) => [r.task_id.slice(slug.length + 1), Number(r.n)]));
}

/** A draft row, locked for a change when asked, checked against the actor's province. */
export async function loadDraft(db: Kysely<CoreDatabase>, actor: Actor, id: string, forUpdate = false) {
  let query = db.selectFrom("document_drafts").selectAll().where("id", "=", id);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy bản nháp." });
  requireIntakeProvince(actor, row.province_code);
  return { ...row, state: DraftState.parse(row.state) };
}

export type DraftRow = Awaited<ReturnType<typeof loadDraft>>;

export function requireOpen(draft: DraftRow, version: number) {
  if (draft.status !== "open")
    throw new TRPCError({
      code: "CONFLICT",
      message: draft.status === "published" ? "Bản nháp đã được đăng." : "Bản nháp đã bị hủy.",
    });
  if (draft.version !== version)
    throw new TRPCError({
      code: "CONFLICT",
      message: "Bản nháp vừa được người khác sửa: hãy tải lại trang để xem bản mới nhất rồi sửa tiếp.",
    });
}

/**
 * Keeps the reviewer's edits: the document (its items edited, merged, split, added or rejected), each item's source
 * span (checked to be the source's exact words) and the points they settled, with who and when. A stale version is
 * refused, nothing is half-saved.
 */
export async function saveDraft(ctx: IntakeContext, edit: DraftEdit) {
  return ctx.db.transaction().execute(async (trx) => {
    const draft = await loadDraft(trx, ctx.actor, edit.id, true);
    requireOpen(draft, edit.version);
    for (const e of edit.evidence) {
      if (e.source.end < e.source.start || draft.source_text.slice(e.source.start, e.source.end) !== e.source.quote)
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `Đoạn trích của ${e.ref} không khớp văn bản gốc: hãy chọn lại đoạn văn.`,
        });
    }
    if (draft.base_slug && edit.document.slug !== draft.base_slug)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Phiên bản mới phải giữ mã văn bản "${draft.base_slug}".`,
      });
    if (edit.document.slug !== draft.state.document.slug && !draft.base_slug) {
      const taken = await trx
        .selectFrom("catalog_documents")
        .select("slug")
        .where("slug", "=", edit.document.slug)
        .executeTakeFirst();
      if (taken)
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `Mã văn bản "${edit.document.slug}" đã có trong danh mục.`,
        });
    }
    const resolutions = new Map(edit.resolutions.map((r) => [r.id, r]));
    const now = new Date().toISOString();
    const points = draft.state.points.map((p) => {
      const r = resolutions.get(p.id);
      if (!r) return p;
      if (!r.resolved) return { ...p, resolution: null };
      if (p.resolution && p.resolution.note === r.note) return p;
      return { ...p, resolution: { by: ctx.actor.userId, byName: ctx.actor.displayName, at: now, note: r.note } };
    });
    const state = DraftState.parse({ document: edit.document, evidence: edit.evidence, points });
    const changes = compareDocuments(draft.state.document, state.document);
    await trx
      .updateTable("document_drafts")
      .set({
        state: JSON.stringify(state),
        version: draft.version + 1,
        updated_by: ctx.actor.userId,
        updated_at: new Date(),
      })
      .where("id", "=", draft.id)
      .execute();
    await recordAudit(
      { ...ctx, db: trx },
      {
        action: "document.draft.save",
        entity: "document_draft",
        entityId: draft.id,
        before: { version: draft.version, resolved: draft.state.points.filter((p) => p.resolution).length },
        after: {
          version: draft.version + 1,
          resolved: points.filter((p) => p.resolution).length,
          added: changes.items.filter((i) => i.change === "added").map((i) => `${i.kind} ${i.ref}`),
          removed: changes.items.filter((i) => i.change === "removed").map((i) => `${i.kind} ${i.ref}`),
          changed: changes.items.filter((i) => i.change === "changed").map((i) => `${i.kind} ${i.ref}`),
        },
      },
    );
    return { version: draft.version + 1 };
  });
}

/** Drops a draft (its source stays kept, for the record); audited. */
export async function discardDraft(ctx: IntakeContext, input: { id: string; version: number }) {
  await ctx.db.transaction().execute(async (trx) => {
    const draft = await loadDraft(trx, ctx.actor, input.id, true);
    requireOpen(draft, input.version);
    await trx
      .updateTable("document_drafts")
      .set({ status: "discarded", version: draft.version + 1, updated_by: ctx.actor.userId, updated_at: new Date() })
      .where("id", "=", draft.id)
      .execute();
    await recordAudit(
      { ...ctx, db: trx },
      { action: "document.draft.discard", entity: "document_draft", entityId: draft.id, before: { status: "open" } },
    );
  });
}
