import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import fastifyMultipart from "@fastify/multipart";
import {
  type AnyFileUpload,
  authorizeUpload,
  type FileUploads,
  type ReadingSlots,
  type ReceivedFile,
  receiveUpload,
  refuseDeclaredSize,
  tooLarge,
} from "@pcmt/api";
import { type RequestContext, TRPCError, unexpectedErrorMessage } from "@pcmt/plugin-sdk";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";

/** A form carries a few short fields (a report's id, a task's id) and one file. */
const formLimits = { fields: 8, fieldSize: 1_000, files: 1, parts: 10, headerPairs: 50 };

function sendFailure(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  if (error instanceof TRPCError)
    return reply.code(getHTTPStatusCodeFromError(error)).send({ error: error.message, requestId: request.id });
  request.log.error({ err: error, requestId: request.id, url: request.url }, "file upload failed");
  return reply.code(500).send({ error: unexpectedErrorMessage(request.id), requestId: request.id });
}

/** What @fastify/multipart and the stream say when a form is not what it should be, as the sender's problem. */
function formFailure(error: unknown, upload: AnyFileUpload): unknown {
  const code = (error as { code?: string }).code ?? "";
  if (code === "FST_REQ_FILE_TOO_LARGE") return tooLarge(upload);
  if (code.startsWith("FST_"))
    return new TRPCError({
      code: "BAD_REQUEST",
      message: "Biểu mẫu gửi tệp không hợp lệ: gửi một tệp cùng các thông tin kèm theo.",
    });
  return error;
}

/**
 * Receives the form of one upload: the fields, then the file streamed into a fresh temporary folder (never held in
 * memory, cut off at the upload's size), handed to the upload, the folder removed whatever happens.
 */
async function receiveForm(request: FastifyRequest, upload: AnyFileUpload, ctx: RequestContext) {
  if (!request.isMultipart())
    throw new TRPCError({ code: "BAD_REQUEST", message: "Cần gửi tệp dưới dạng biểu mẫu (multipart/form-data)." });
  const folder = await mkdtemp(join(tmpdir(), "pcmt-upload-"));
  try {
    const fields: Record<string, string> = {};
    let file: ReceivedFile | null = null;
    try {
      for await (const part of request.parts({ limits: { ...formLimits, fileSize: upload.maxBytes } })) {
        if (part.type === "field") {
          fields[part.fieldname] = String(part.value);
          continue;
        }
        const path = join(folder, "file");
        await pipeline(part.file, createWriteStream(path));
        if (part.file.truncated) throw tooLarge(upload);
        file = { fileName: part.filename, path, size: (await stat(path)).size };
      }
    } catch (error) {
      throw formFailure(error, upload);
    }
    if (!file) throw new TRPCError({ code: "BAD_REQUEST", message: "Chưa có tệp nào được gửi." });
    return await receiveUpload(upload, ctx, fields, file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * `POST /api/files/<name>` for every upload (a fastify plugin: multipart parsing stays inside these routes). Before the body is read: who sends it (the session, the upload's
 * roles) and the size it declares; then the form is streamed, so a stranger cannot make the server read anything
 * and a large file never sits in memory. Answers the upload's result as JSON, or `{ error }` with the status of its
 * error (401, 403, 400, 413, 429).
 */
export const fileUploadRoutes: FastifyPluginAsync<{
  uploads: FileUploads;
  readingSlots: ReadingSlots;
  contextOf: (request: FastifyRequest) => Promise<RequestContext>;
}> = async (app, options) => {
  await app.register(fastifyMultipart, { limits: formLimits });
  const contexts = new WeakMap<FastifyRequest, RequestContext>();
  const releases = new WeakMap<FastifyRequest, () => void>();
  const release = async (request: FastifyRequest) => releases.get(request)?.();
  for (const upload of Object.values(options.uploads) as AnyFileUpload[]) {
    app.post(`/api/files/${upload.name}`, {
      onRequest: async (request, reply) => {
        try {
          const ctx = await options.contextOf(request);
          authorizeUpload(upload, ctx);
          refuseDeclaredSize(upload, Number(request.headers["content-length"] ?? 0));
          contexts.set(request, ctx);
          // A spreadsheet's slot is taken before its body is read, and given back with the answer, whatever it is.
          if (upload.readsSpreadsheet) releases.set(request, options.readingSlots.take());
        } catch (error) {
          return sendFailure(request, reply, error);
        }
      },
      onResponse: release,
      onRequestAbort: release,
      handler: async (request, reply) => {
        try {
          return reply.send(await receiveForm(request, upload, contexts.get(request)!));
        } catch (error) {
          return sendFailure(request, reply, error);
        } finally {
          await release(request);
        }
      },
    });
  }
};
