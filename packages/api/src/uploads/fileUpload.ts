import type { Actor, Role } from "@pcmt/domain";
import { containsNul, mustChangePasswordMessage, type RequestContext, TRPCError, type z } from "@pcmt/plugin-sdk";

/** A file the server has received and written to a temporary path (removed after the upload is handled). */
export interface ReceivedFile {
  fileName: string;
  path: string;
  size: number;
}

export type UploadContext = RequestContext & { actor: Actor };

/**
 * A file sent to the server: `POST /api/files/<name>` as multipart (its fields first, then one file). Who may send
 * it and how large it may be are known before the body is read, so a stranger cannot make the server read a large
 * body; the file is streamed to disk, never held whole in memory, and handed to `receive` with the checked fields.
 */
export interface FileUpload<Fields = unknown, Result = unknown> {
  name: string;
  roles: readonly Role[];
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  /** The extensions a file's name may end with (lowercase, without the dot). */
  extensions: readonly string[];
  fields: z.ZodType<Fields>;
  /** A spreadsheet to read and store: it takes one of the server's few reading slots, from before its body is read. */
  readsSpreadsheet: boolean;
  receive(ctx: UploadContext, fields: Fields, file: ReceivedFile): Promise<Result>;
}

export const defineFileUpload = <Fields, Result>(upload: FileUpload<Fields, Result>) => upload;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of uploads of different fields
export type AnyFileUpload = FileUpload<any, unknown>;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Who may send this file: checked from the session, before the body is read. */
export function authorizeUpload(upload: AnyFileUpload, ctx: RequestContext): asserts ctx is UploadContext {
  const actor = ctx.actor;
  if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Bạn cần đăng nhập để gửi tệp." });
  if (ctx.mustChangePassword) throw new TRPCError({ code: "FORBIDDEN", message: mustChangePasswordMessage });
  if (!upload.roles.includes(actor.role))
    throw new TRPCError({ code: "FORBIDDEN", message: "Tài khoản của bạn không được gửi loại tệp này." });
}

/** The declared size of a body against the upload's limit (multipart adds a little around the file). */
export function refuseDeclaredSize(upload: AnyFileUpload, contentLength: number) {
  if (contentLength > upload.maxBytes + 64 * 1024)
    throw new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `Tệp vượt quá ${megabytes(upload.maxBytes)}.` });
}

export const tooLarge = (upload: AnyFileUpload) =>
  new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `Tệp vượt quá ${megabytes(upload.maxBytes)}.` });

/** The file's name against the upload's extensions. */
export function refuseFileName(upload: AnyFileUpload, fileName: string) {
  const extension = fileName.includes(".") ? (fileName.split(".").pop() ?? "").toLowerCase() : "";
  if (fileName.length > 200)
    throw new TRPCError({ code: "BAD_REQUEST", message: "Tên tệp quá dài (tối đa 200 ký tự)." });
  if (!upload.extensions.includes(extension)) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `${extension ? `Loại tệp .${extension} không được nhận` : "Tệp không có phần mở rộng"}. Chỉ nhận: ${upload.extensions.map((e) => `.${e}`).join(", ")}.`,
    });
  }
}

/**
 * Hands a received file to its upload: the sender, the name, the size and the fields (checked by the upload's
 * schema). A spreadsheet's reading slot is taken before the body is read, by whoever receives it (see ReadingSlots).
 */
export async function receiveUpload<Fields, Result>(
  upload: FileUpload<Fields, Result>,
  ctx: RequestContext,
  rawFields: Record<string, string>,
  file: ReceivedFile,
): Promise<Result> {
  authorizeUpload(upload, ctx);
  if (containsNul(rawFields) || containsNul(file.fileName))
    throw new TRPCError({ code: "BAD_REQUEST", message: "Dữ liệu chứa ký tự không hợp lệ (ký tự NUL)." });
  refuseFileName(upload, file.fileName);
  if (file.size === 0) throw new TRPCError({ code: "BAD_REQUEST", message: "Tệp rỗng." });
  if (file.size > upload.maxBytes) throw tooLarge(upload);
  const fields = upload.fields.safeParse(rawFields);
  if (!fields.success)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: fields.error.issues[0]?.message ?? "Thông tin gửi kèm tệp không hợp lệ.",
    });
  return upload.receive(ctx, fields.data, file);
}
