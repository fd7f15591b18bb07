import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import {
  createFileUploads,
  createRequestContext,
  ReadingSlots,
  readDraftSource,
  readEvidence,
  readPublishedSource,
} from "@pcmt/api";
import type { Actor } from "@pcmt/domain";
import { sql } from "@pcmt/db";
import { unexpectedErrorMessage } from "@pcmt/plugin-sdk";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import type { Logger } from "pino";
import type { Platform } from "../platform/startPlatform";
import { fileUploadRoutes } from "./fileUploadRoutes";

export const sessionCookieName = "pcmt_session";

const staticFile = /\.(js|mjs|css|map|svg|png|jpe?g|gif|ico|webp|woff2?|ttf|txt|json|html|webmanifest)$/i;

export interface HttpServerOptions {
  platform: Platform;
  logger: Logger;
  sessionPolicy: { idleMinutes: number; absoluteHours: number };
  cookieSecure: boolean;
  trustProxy: boolean;
  /** Folder of the built web app; when absent the server answers the API only. */
  webDist: string | null;
  /** Origins besides the server's own whose pages may send it changes (a separately hosted web app). */
  allowedOrigins?: readonly string[];
  /** Spreadsheets read and stored at once (PCMT_MAX_CONCURRENT_IMPORTS); beyond, a file is refused with 429. */
  maxConcurrentImports?: number;
}

const changing = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const megabytes = (n: number) => n * 1024 * 1024;
/**
 * Every body but a file's (files go to /api/files/…, see fileUploadRoutes): a grid of 20,000 cells is about 2 MB.
 * Checked against the declared length before anything is read, and by fastify while reading.
 */
export const defaultBodyLimit = megabytes(4);

/**
 * Whether a request that changes something comes from the product's own pages (CSRF defence besides the
 * SameSite cookie): a browser names the page's origin (`Origin`) or at least its relation to it (`Sec-Fetch-Site`);
 * either must say "this site". A request with neither is not from a browser page (the CLI, curl) and carries no
 * ambient cookie to abuse.
 */
export function fromOwnPages(
  headers: Record<string, string | string[] | undefined>,
  protocol: string,
  allowed: readonly string[],
): boolean {
  const origin = typeof headers.origin === "string" ? headers.origin : undefined;
  if (origin !== undefined) return origin === `${protocol}://${headers.host}` || allowed.includes(origin);
  const site = typeof headers["sec-fetch-site"] === "string" ? headers["sec-fetch-site"] : undefined;
  if (site !== undefined) return site === "same-origin" || site === "none";
  return true;
}

/** The one process: tRPC under /api/trpc, /healthz, and the built web app with client-side routing. */
export async function createHttpServer(options: HttpServerOptions) {
  const { platform, logger } = options;
  const app = Fastify({
    loggerInstance: logger,
    genReqId: () => randomUUID(),
    trustProxy: options.trustProxy,
    bodyLimit: defaultBodyLimit,
  });
  // Security headers (helmet): a strict Content-Security-Policy the built web app runs under (its scripts and styles
  // are files of its own; Mantine sets inline style attributes, hence 'unsafe-inline' for styles only), no framing,
  // HSTS when served over HTTPS (the secure cookie says so), and no browser features the product does not use.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: options.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "same-origin" },
    frameguard: { action: "deny" },
  });
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
    reply.header("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
  });

  await app.register(fastifyCookie);
  const enabledPlugins = new Set(platform.plugins.map((p) => p.id));

  /** The request's context from its session cookie, for the routes outside tRPC (files). */
  const contextOf = (request: FastifyRequest) =>
    createRequestContext(
      { db: platform.database.db, log: request.log, enabledPlugins, sessionPolicy: options.sessionPolicy },
      {
        requestId: request.id,
        clientIp: request.ip,
        token: request.cookies[sessionCookieName] ?? null,
        setCookie: () => {},
        clearCookie: () => {},
      },
    );

  // Before a body is read: its declared size (a stranger cannot make the server parse megabytes of JSON).
  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "POST" || !request.url.startsWith("/api/trpc/")) return;
    const length = Number(request.headers["content-length"] ?? 0);
    if (length > defaultBodyLimit)
      return reply.code(413).send({
        error: `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(defaultBodyLimit / megabytes(1))} MB); tệp được gửi qua chức năng tải tệp.`,
      });
  });

  app.addHook("onRequest", async (request, reply) => {
    if (!changing.has(request.method) || !request.url.startsWith("/api/")) return;
    if (fromOwnPages(request.headers, request.protocol, options.allowedOrigins ?? [])) return;
    request.log.warn(
      { origin: request.headers.origin, site: request.headers["sec-fetch-site"], url: request.url },
      "cross-site change refused",
    );
    return reply.code(403).send({ error: "Yêu cầu thay đổi dữ liệu từ trang web khác bị từ chối." });
  });

  const readingSlots = new ReadingSlots(options.maxConcurrentImports ?? 2);
  await app.register(fileUploadRoutes, {
    uploads: createFileUploads({ evidenceStore: platform.evidenceStore }),
    readingSlots,
    contextOf,
  });

  const trpcOptions: FastifyTRPCPluginOptions<typeof platform.router>["trpcOptions"] = {
    router: platform.router,
    createContext: ({ req, res }) =>
      createRequestContext(
        { db: platform.database.db, log: req.log, enabledPlugins, sessionPolicy: options.sessionPolicy },
        {
          requestId: req.id,
          clientIp: req.ip,
          userAgent: req.headers["user-agent"] ?? null,
          token: req.cookies[sessionCookieName] ?? null,
          setCookie: (token, expiresAt) =>
            void res.setCookie(sessionCookieName, token, {
              httpOnly: true,
              sameSite: "lax",
              secure: options.cookieSecure,
              path: "/",
              expires: expiresAt,
            }),
          clearCookie: () => void res.clearCookie(sessionCookieName, { path: "/" }),
        },
      ),
    onError: ({ error, path, req, type }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        // The user sees only the request id; the details stay here.
        req.log.error({ err: error.cause ?? error, path, type, requestId: req.id }, "procedure failed");
      }
    },
  };
  await app.register(fastifyTRPCPlugin, { prefix: "/api/trpc", trpcOptions });

  // Evidence files are served over plain HTTP (a download link), behind the same session and read rules.
  app.get<{ Params: { id: string } }>("/api/evidence/:id", async (request, reply) => {
    const ctx = await contextOf(request);
    if (!ctx.actor) return reply.code(401).send({ error: "Bạn cần đăng nhập để tải tệp." });
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(request.params.id))
      return reply.code(400).send({ error: "Mã tệp không hợp lệ." });
    try {
      const file = await readEvidence(platform.database.db, ctx.actor, request.params.id, platform.evidenceStore);
      return reply
        .header("content-type", file.mimeType)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.bytes);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "NOT_FOUND") return reply.code(404).send({ error: (error as Error).message });
      if (code === "FORBIDDEN") return reply.code(403).send({ error: (error as Error).message });
      throw error;
    }
  });

  // The file a document was read from: a published version (every signed-in reader of the catalog), a draft's
  // (its reviewers).
  const sendSource = async (
    request: FastifyRequest,
    reply: FastifyReply,
    read: (actor: Actor) => Promise<{ fileName: string; mimeType: string; bytes: Buffer }>,
  ) => {
    const ctx = await contextOf(request);
    if (!ctx.actor) return reply.code(401).send({ error: "Bạn cần đăng nhập để tải tệp." });
    try {
      const file = await read(ctx.actor);
      return reply
        .header("content-type", file.mimeType)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.bytes);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "NOT_FOUND") return reply.code(404).send({ error: (error as Error).message });
      if (code === "FORBIDDEN") return reply.code(403).send({ error: (error as Error).message });
      throw error;
    }
  };
  app.get<{ Params: { slug: string }; Querystring: { version?: string } }>(
    "/api/documents/:slug/source",
    async (request, reply) => {
      const version = request.query.version ? Number(request.query.version) : null;
      if (!/^[a-z0-9-]{1,200}$/.test(request.params.slug) || (version !== null && !Number.isInteger(version)))
        return reply.code(400).send({ error: "Mã văn bản hoặc phiên bản không hợp lệ." });
      return sendSource(request, reply, () => readPublishedSource(platform.database.db, request.params.slug, version));
    },
  );
  app.get<{ Params: { id: string } }>("/api/drafts/:id/source", async (request, reply) => {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(request.params.id))
      return reply.code(400).send({ error: "Mã bản nháp không hợp lệ." });
    return sendSource(request, reply, (actor) => readDraftSource(platform.database.db, actor, request.params.id));
  });

  app.get("/healthz", async (_request, reply) => {
    try {
      await sql`select 1`.execute(platform.database.db);
      return {
        status: "ok",
        database: platform.database.kind,
        plugins: [...enabledPlugins],
        imports: { running: readingSlots.inUse, limit: readingSlots.limit },
      };
    } catch (error) {
      logger.error({ err: error }, "health check: database unreachable");
      return reply
        .code(503)
        .send({ status: "unavailable", database: platform.database.kind, plugins: [...enabledPlugins] });
    }
  });

  const webDist = options.webDist;
  if (webDist && existsSync(join(webDist, "index.html"))) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ["index.html"] });
    app.setNotFoundHandler((request, reply) => {
      const url = request.raw.url ?? "/";
      // Client-side routes get the app; a missing static file (by its extension) or API path gets a 404. Routes may
      // contain dots themselves (an indicator's ref "§II.4.b"), so only known file extensions count as files.
      const path = url.split("?")[0] ?? "";
      if (request.method === "GET" && !path.startsWith("/api/") && !staticFile.test(path)) {
        return reply.type("text/html").sendFile("index.html");
      }
      return reply.code(404).send({ error: "Không tìm thấy", path: url.split("?")[0] });
    });
  } else {
    app.get("/", async () => ({
      message: "Chưa có bản dựng giao diện web (apps/web/dist). Chạy: pnpm build — hoặc dùng pnpm start.",
    }));
  }

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error, requestId: request.id }, "request failed");
      return reply.code(500).send({ error: unexpectedErrorMessage(request.id), requestId: request.id });
    }
    return reply.code(status).send({ error: error.message, requestId: request.id });
  });

  return app;
}
