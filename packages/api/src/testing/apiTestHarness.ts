import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import { type AnyPlugin, createCallerFactory, type RequestContext } from "@pcmt/plugin-sdk";
import { createTestDatabase, type TestEngine } from "@pcmt/testing";
import pino from "pino";
import { defaultSessionPolicy, type SessionPolicy } from "../auth/sessionStore";
import { createAppRouter } from "../composition/createAppRouter";
import { installedPlugins } from "../composition/installedPlugins";
import { createRequestContext } from "../context/createRequestContext";
import { migratePlatform } from "../migrations/migratePlatform";
import { loadCatalog } from "../catalog/loadCatalog";
import { type AnyFileUpload, receiveUpload } from "../uploads/fileUpload";
import { createFileUploads, type FileUploadResults } from "../uploads/fileUploads";
import { ReadingSlots } from "../uploads/readingSlots";

/** A browser's cookie jar, reduced to the one cookie the platform sets. */
export interface CookieJar {
  token: string | null;
  expiresAt: Date | null;
}

/**
 * The whole app router on a fresh database of the given engine, with every installed plugin migrated.
 * `as(actor)` calls as a given user without a session; `withCookies(jar)` goes through the real session path.
 */
export async function createApiTestHarness(
  engine: TestEngine,
  options: { plugins?: readonly AnyPlugin[]; sessionPolicy?: SessionPolicy } = {},
) {
  const plugins = options.plugins ?? installedPlugins;
  const sessionPolicy = options.sessionPolicy ?? defaultSessionPolicy;
  const testDb = await createTestDatabase(engine);
  const database = await openDatabase(testDb.config);
  await migratePlatform(database.db, plugins);
  await loadCatalog(database.db, installedPlugins);
  const router = createAppRouter({ plugins, sessionPolicy });
  const callerFor = createCallerFactory(router);
  const log = pino({ level: "silent" });
  const enabledPlugins = new Set(plugins.map((p) => p.id));

  const context = (actor: Actor | null, clientIp = "127.0.0.1"): RequestContext => ({
    db: database.db,
    actor,
    requestId: randomUUID(),
    log,
    enabledPlugins,
    session: { token: null, set() {}, clear() {} },
    clientIp,
  });

  const uploads = createFileUploads();
  const readingSlots = new ReadingSlots(2);

  return {
    db: database.db,
    router,
    /**
     * Sends a file as the HTTP route does after receiving it: the file written to a temporary path, the fields as
     * the form's text, the same checks (who, name, size, fields) and the same reading slots.
     */
    async upload<Name extends keyof FileUploadResults>(
      actor: Actor | null,
      name: Name,
      fields: Record<string, string>,
      file: { name: string; bytes: Buffer | string },
    ): Promise<FileUploadResults[Name]> {
      const folder = await mkdtemp(join(tmpdir(), "pcmt-upload-test-"));
      const path = join(folder, "file");
      const bytes = typeof file.bytes === "string" ? Buffer.from(file.bytes) : file.bytes;
      await writeFile(path, bytes);
      const upload = uploads[name] as AnyFileUpload;
      const release = upload.readsSpreadsheet ? readingSlots.take() : () => {};
      try {
        return (await receiveUpload(upload, context(actor), fields, {
          fileName: file.name,
          path,
          size: bytes.length,
        })) as FileUploadResults[Name];
      } finally {
        release();
        await rm(folder, { recursive: true, force: true });
      }
    },
    readingSlots,
    as: (actor: Actor) => callerFor(context(actor)),
    /**
     * Gives actors an account (with a password nobody can use), so that what they write is signed with their
     * names as a person would see it. `as(actor)` alone calls as a user the database does not know.
     */
    async registerUsers(...actors: Actor[]) {
      await database.db
        .insertInto("users")
        .values(
          actors.map((a) => ({
            id: a.userId,
            username: a.username,
            display_name: a.displayName,
            password_hash: "!unusable",
            role: a.role,
            agency_code: a.agencyCode,
            province_code: a.provinceCode,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    anonymous: (clientIp?: string) => callerFor(context(null, clientIp)),
    /** A caller whose context is built from a cookie, exactly as the HTTP server does. */
    async withCookies(jar: CookieJar, clientIp = "127.0.0.1", userAgent: string | null = null) {
      const ctx = await createRequestContext(
        { db: database.db, log, enabledPlugins, sessionPolicy },
        {
          requestId: randomUUID(),
          clientIp,
          userAgent,
          token: jar.token,
          setCookie: (token, expiresAt) => Object.assign(jar, { token, expiresAt }),
          clearCookie: () => Object.assign(jar, { token: null, expiresAt: null }),
        },
      );
      return callerFor(ctx);
    },
    /** The context `withCookies` would give, for calls outside tRPC (file uploads). */
    async contextWithCookies(jar: CookieJar, clientIp = "127.0.0.1") {
      return createRequestContext(
        { db: database.db, log, enabledPlugins, sessionPolicy },
        { requestId: randomUUID(), clientIp, token: jar.token, setCookie: () => {}, clearCookie: () => {} },
      );
    },
    async close() {
      await database.close();
      await testDb.drop();
    },
  };
}

export type ApiTestHarness = Awaited<ReturnType<typeof createApiTestHarness>>;

export const testActors = {
  admin: {
    userId: randomUUID(),
    username: "admin",
    displayName: "Quản trị",
    role: "admin",
    agencyCode: null,
    provinceCode: null,
  },
  standingOffice: {
    userId: randomUUID(),
    username: "thuongtruc",
    displayName: "Thường trực",
    role: "standing_office",
    agencyCode: "police",
    provinceCode: "thai_nguyen",
  },
  committee: {
    userId: randomUUID(),
    username: "bcd",
    displayName: "BCĐ",
    role: "steering_committee",
    agencyCode: null,
    provinceCode: "thai_nguyen",
  },
  healthOfficer: {
    userId: randomUUID(),
    username: "yte",
    displayName: "Y tế",
    role: "agency_officer",
    agencyCode: "health",
    provinceCode: "thai_nguyen",
  },
  policeOfficer: {
    userId: randomUUID(),
    username: "congan",
    displayName: "Công an",
    role: "agency_officer",
    agencyCode: "police",
    provinceCode: "thai_nguyen",
  },
  justiceOfficer: {
    userId: randomUUID(),
    username: "tuphap",
    displayName: "Tư pháp",
    role: "agency_officer",
    agencyCode: "justice",
    provinceCode: "thai_nguyen",
  },
} satisfies Record<string, Actor>;
