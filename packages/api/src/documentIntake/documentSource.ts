import type { CoreDatabase, Kysely } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import { TRPCError } from "@pcmt/plugin-sdk";
import { intakeRoles } from "./intakeScope";
import { loadDraft } from "./intakeDrafts";

const mimeTypes: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
};

export interface SourceFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

const fileOf = (fileName: string, bytes: Buffer | Uint8Array): SourceFile => ({
  fileName,
  mimeType: mimeTypes[fileName.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream",
  bytes: Buffer.from(bytes),
});

/**
 * The file a published document was read from (its latest version, or the one asked), as received: the catalog is
 * readable by every signed-in user, and so is the text it was drafted from.
 */
export async function readPublishedSource(
  db: Kysely<CoreDatabase>,
  slug: string,
  version: number | null,
): Promise<SourceFile> {
  let query = db
    .selectFrom("catalog_publications")
    .select(["source_file_name", "source_bytes"])
    .where("slug", "=", slug)
    .orderBy("version", "desc")
    .limit(1);
  if (version !== null) query = query.where("version", "=", version);
  const row = await query.executeTakeFirst();
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Văn bản này không có tệp gốc được đăng." });
  return fileOf(row.source_file_name, row.source_bytes);
}

/** The file a draft was read from: for the reviewers of its province only. */
export async function readDraftSource(db: Kysely<CoreDatabase>, actor: Actor, id: string): Promise<SourceFile> {
  if (!(intakeRoles as readonly string[]).includes(actor.role))
    throw new TRPCError({ code: "FORBIDDEN", message: "Bạn không có quyền xem bản nháp." });
  const draft = await loadDraft(db, actor, id);
  return fileOf(draft.source_file_name, draft.source_bytes);
}
