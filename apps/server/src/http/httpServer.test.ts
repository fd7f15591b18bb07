import { createAppRouter, createUser, databaseEvidenceStore, defaultSessionPolicy, migratePlatform } from "@pcmt/api";
import { openDatabase, sql } from "@pcmt/db";
import { createRouter, definePlugin, procedures, z } from "@pcmt/plugin-sdk";
import { healthPlugin } from "@pcmt/plugin-health/server";
import { createLogCapture, createTestDatabase, type TestDatabase, testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../platform/createLogger";
import type { Platform } from "../platform/startPlatform";
import { createHttpServer, sessionCookieName } from "./createHttpServer";

/** A plugin whose procedure fails the way a bug would, to see what the user and the log get. */
const faultyPlugin = definePlugin({
  id: "faulty",
  version: "1.0.0",
  displayName: { vi: "Lỗi thử", en: "Faulty" },
  agencies: ["justice"],
  catalog: [],
  migrations: {},
  router: createRouter({
    explode: procedures
      .signedIn()
      .input(z.object({ note: z.string() }))
      .mutation(() => {
        throw new Error("database exploded at /srv/secret/path.ts:42");
      }),
  }),
  consoleWidgets: [],
});

const password = "mat-khau-bi-mat-2026";

describe.each(testEngines)("HTTP server on %s", (engine) => {
  let testDb: TestDatabase;
  let platform: Platform;
  let app: Awaited<ReturnType<typeof createHttpServer>>;
  const logs = createLogCapture();

  beforeAll(async () => {
    testDb = await createTestDatabase(engine);
    const database = await openDatabase(testDb.config);
    const plugins = [healthPlugin, faultyPlugin];
    const migrations = await migratePlatform(database.db, plugins);
    await createUser(database.db, {
      username: "yte",
      displayName: "Cán bộ Y tế",
      password,
      role: "agency_officer",
      agencyCode: "health",
      provinceCode: "thai_nguyen",
    });
    platform = {
      database,
      evidenceStore: databaseEvidenceStore,
      plugins,
      migrations,
      router: createAppRouter({ plugins, sessionPolicy: defaultSessionPolicy }),
    };
    app = await createHttpServer({
      platform,
      logger: createLogger("info", logs.stream),
      sessionPolicy: defaultSessionPolicy,
      cookieSecure: false,
      trustProxy: false,
      webDist: null,
    });
  });
  afterAll(async () => {
    await app.close();
    await platform.database.close();
    await testDb.drop();
  });

  async function signIn(): Promise<string> {
    const response = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.signIn",
      payload: { username: "yte", password },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === sessionCookieName);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    return cookie!.value;
  }

  it("refuses changes sent from another site's page (CSRF), and lets the product's own pages and non-browser clients through", async () => {
    const token = await signIn();
    const create = (headers: Record<string, string>) =>
      app.inject({
        method: "POST",
        url: "/api/trpc/plugins.health.clinics.create",
        cookies: { [sessionCookieName]: token },
        headers,
        payload: { name: "Cơ sở CSRF", address: "Phường B", capacity: 10, patients: 1 },
      });
    const evil = await create({ origin: "http://evil.example" });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error).toBe("Yêu cầu thay đổi dữ liệu từ trang web khác bị từ chối.");
    expect((await create({ "sec-fetch-site": "cross-site" })).statusCode).toBe(403);
    // A form posted from elsewhere cannot sign a user out either.
    const signOut = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.signOut",
      cookies: { [sessionCookieName]: token },
      headers: { origin: "http://evil.example", "content-type": "multipart/form-data; boundary=x" },
      payload: "--x--",
    });
    expect(signOut.statusCode).toBe(403);
    const count = async () =>
      (
        await sql<{ n: number }>`select count(*) as n from health_methadone_clinics where name = 'Cơ sở CSRF'`.execute(
          platform.database.db,
        )
      ).rows[0]?.n;
    expect(Number(await count())).toBe(0);
    expect((await create({ origin: "http://localhost:80", host: "localhost:80" })).statusCode).toBe(200);
    expect((await create({ "sec-fetch-site": "same-origin" })).statusCode).toBe(200);
    expect((await create({})).statusCode).toBe(200);
    expect(Number(await count())).toBe(3);
    await sql`delete from health_methadone_clinics where name = 'Cơ sở CSRF'`.execute(platform.database.db);
  });

  /** A multipart form as a browser sends it: the fields, then the file. */
  async function form(fields: Record<string, string>, file: { name: string; bytes: Buffer | string }) {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.append(k, v);
    data.append(
      "file",
      new Blob([typeof file.bytes === "string" ? file.bytes : new Uint8Array(file.bytes)]),
      file.name,
    );
    const request = new Request("http://localhost/", { method: "POST", body: data });
    return {
      payload: Buffer.from(await request.arrayBuffer()),
      headers: { "content-type": request.headers.get("content-type")! },
    };
  }

  it("receives a file as a streamed form, reading the spreadsheet in a worker, and answers its problems by row", async () => {
    const token = await signIn();
    const csv = "Mã chỉ tiêu,Mã địa bàn,Kỳ,Giá trị\nkhong-co#chi-tieu,thai_nguyen.phu_binh,2024-05,4\n";
    const response = await app.inject({
      method: "POST",
      url: "/api/files/data-values",
      cookies: { [sessionCookieName]: token },
      ...(await form({}, { name: "so-lieu.csv", bytes: csv })),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      lines: 1,
      written: 0,
      problemCount: 1,
      problems: [{ row: 2, column: "Mã chỉ tiêu" }],
    });
    const wrongType = await app.inject({
      method: "POST",
      url: "/api/files/data-values",
      cookies: { [sessionCookieName]: token },
      ...(await form({}, { name: "so-lieu.pdf", bytes: csv })),
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error).toBe("Loại tệp .pdf không được nhận. Chỉ nhận: .csv, .xlsx.");
    const notAForm = await app.inject({
      method: "POST",
      url: "/api/files/data-values",
      cookies: { [sessionCookieName]: token },
      payload: { contentBase64: "eA==" },
    });
    expect(notAForm.statusCode).toBe(400);
    expect(notAForm.json().error).toContain("multipart/form-data");
  });

  it("knows who sends a file and how large it says it is before reading it, and stops reading at the upload's limit", async () => {
    const big = await form({ reportId: crypto.randomUUID() }, { name: "a.pdf", bytes: Buffer.alloc(6 * 1024 * 1024) });
    // A stranger's 6 MB "evidence file": refused from the session, before the body is read.
    const anonymous = await app.inject({ method: "POST", url: "/api/files/evidence", ...big });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error).toBe("Bạn cần đăng nhập để gửi tệp.");
    const token = await signIn();
    // More than the upload takes, by the declared length: refused before reading.
    const declared = await app.inject({
      method: "POST",
      url: "/api/files/evidence",
      cookies: { [sessionCookieName]: token },
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(11 * 1024 * 1024) },
      payload: "--x--",
    });
    expect(declared.statusCode).toBe(413);
    expect(declared.json().error).toBe("Tệp vượt quá 10 MB.");
    // Within the declared length but a byte over the file's limit: cut off while streaming.
    const over = await app.inject({
      method: "POST",
      url: "/api/files/evidence",
      cookies: { [sessionCookieName]: token },
      ...(await form({ reportId: crypto.randomUUID() }, { name: "a.pdf", bytes: Buffer.alloc(10 * 1024 * 1024 + 1) })),
    });
    expect(over.statusCode).toBe(413);
    expect(over.json().error).toBe("Tệp vượt quá 10 MB.");
    // A signed-in officer's file within the limit reaches the upload, which answers on its own terms.
    const pdf = await app.inject({
      method: "POST",
      url: "/api/files/evidence",
      cookies: { [sessionCookieName]: token },
      ...(await form({ reportId: crypto.randomUUID() }, { name: "a.pdf", bytes: "%PDF-1.4 biên bản" })),
    });
    expect(pdf.statusCode).toBe(404);
    // 6 MB to a procedure that takes no file: too large, whoever sends it.
    const tooLarge = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.signIn",
      payload: { username: "yte", password: "x".repeat(6 * 1024 * 1024) },
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error).toContain("tối đa 4 MB");
    // A change from another site's page is refused on these routes too.
    const crossSite = await app.inject({
      method: "POST",
      url: "/api/files/data-values",
      cookies: { [sessionCookieName]: token },
      headers: { ...big.headers, origin: "http://evil.example" },
      payload: big.payload,
    });
    expect(crossSite.statusCode).toBe(403);
  });

  it("answers a malformed evidence id with 400, not a database error", async () => {
    const token = await signIn();
    const response = await app.inject({
      method: "GET",
      url: `/api/evidence/${"-".repeat(36)}`,
      cookies: { [sessionCookieName]: token },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: "Mã tệp không hợp lệ." });
  });

  it("serves a published document's source file to a signed-in reader, a draft's only to its reviewers", async () => {
    const bytes = Buffer.from("KẾ HOẠCH thử nghiệm", "utf8");
    await platform.database.db
      .insertInto("catalog_publications")
      .values({
        slug: "kh-thu-nghiem",
        version: 1,
        province_code: "thai_nguyen",
        document: "{}",
        source_file_name: "Kế hoạch 05.txt",
        source_sha256: "x",
        source_bytes: bytes,
        source_text: bytes.toString("utf8"),
        changes: null,
        published_by: "00000000-0000-4000-8000-000000000000",
      })
      .execute();
    const anonymous = await app.inject({ method: "GET", url: "/api/documents/kh-thu-nghiem/source" });
    expect(anonymous.statusCode).toBe(401);
    const token = await signIn();
    const cookies = { [sessionCookieName]: token };
    const file = await app.inject({ method: "GET", url: "/api/documents/kh-thu-nghiem/source", cookies });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(bytes)).toBe(true);
    expect(file.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(file.headers["content-disposition"]).toContain(encodeURIComponent("Kế hoạch 05.txt"));
    const missing = await app.inject({ method: "GET", url: "/api/documents/kh-khac/source", cookies });
    expect(missing.statusCode).toBe(404);
    const draft = await app.inject({
      method: "GET",
      url: "/api/drafts/6f1f7c5e-0000-4000-8000-000000000001/source",
      cookies,
    });
    expect(draft.statusCode).toBe(403);
  });

  it("sends a strict Content-Security-Policy and the other security headers; HSTS only when served over HTTPS", async () => {
    const response = await app.inject({ method: "GET", url: "/healthz" });
    const csp = String(response.headers["content-security-policy"]);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "connect-src 'self'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["permissions-policy"]).toContain("camera=()");
    expect(response.headers["strict-transport-security"]).toBeUndefined();
    const secure = await createHttpServer({
      platform,
      logger: createLogger("silent"),
      sessionPolicy: defaultSessionPolicy,
      cookieSecure: true,
      trustProxy: false,
      webDist: null,
    });
    expect((await secure.inject({ method: "GET", url: "/healthz" })).headers["strict-transport-security"]).toContain(
      "max-age=31536000",
    );
    await secure.close();
  });

  it("answers /healthz with the database kind and the enabled plugins", async () => {
    const response = await app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: "ok",
      database: engine,
      plugins: ["health", "faulty"],
      imports: { running: 0, limit: 2 },
    });
  });

  it("answers invalid input with 400 and the field's name in Vietnamese, changing nothing", async () => {
    const token = await signIn();
    const response = await app.inject({
      method: "POST",
      url: "/api/trpc/plugins.health.clinics.create",
      cookies: { [sessionCookieName]: token },
      payload: { name: "Cơ sở A", address: "Phường B", capacity: "hai trăm", patients: 3 },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    // A person reads the message: the field's words, not its path in the input.
    expect(body.error.message).toBe("Dữ liệu không hợp lệ — Công suất phải là số");
    expect(body.error.data.fieldErrors).toEqual([{ field: "capacity", message: "Công suất phải là số" }]);
    expect(body.error.data.stack).toBeUndefined();
    const count = await platform.database.db
      .selectFrom("health_methadone_clinics" as never)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirst();
    expect(Number((count as { n: number | string }).n)).toBe(0);
  });

  it("answers an unexpected error with a generic message and a request id, and logs the details with that id", async () => {
    const token = await signIn();
    const response = await app.inject({
      method: "POST",
      url: "/api/trpc/plugins.faulty.explode",
      cookies: { [sessionCookieName]: token },
      payload: { note: "x" },
    });
    expect(response.statusCode).toBe(500);
    const requestId = response.headers["x-request-id"] as string;
    const body = response.json();
    expect(body.error.message).toContain(`mã yêu cầu: ${requestId}`);
    expect(JSON.stringify(body)).not.toMatch(/exploded|secret|\.ts:42|stack/);

    const entry = logs
      .lines()
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.msg === "procedure failed" && line.requestId === requestId);
    expect(entry).toMatchObject({ level: 50, path: "plugins.faulty.explode" });
    expect(JSON.stringify(entry)).toContain("database exploded");
  });

  it("never writes passwords or session tokens to the log", async () => {
    const token = await signIn();
    await app.inject({
      method: "GET",
      url: "/api/trpc/auth.me",
      cookies: { [sessionCookieName]: token },
      headers: { authorization: `Bearer ${token}` },
    });
    await app.inject({
      method: "POST",
      url: "/api/trpc/auth.signIn",
      payload: { username: "yte", password: `${password}-sai` },
    });
    const text = logs.text();
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(password);
    expect(text).not.toContain(token);
  });

  it("serves client-side routes whose paths contain dots, and 404 for missing files", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dist = mkdtempSync(join(tmpdir(), "pcmt-web-"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>PCMT</title>");
    const web = await createHttpServer({
      platform,
      logger: createLogger("silent"),
      sessionPolicy: defaultSessionPolicy,
      cookieSecure: false,
      trustProxy: false,
      webDist: dist,
    });
    try {
      const route = await web.inject({ method: "GET", url: "/indicators/kh-29-bcd-quang-tri-2024%23%C2%A7II.4.b" });
      expect(route.statusCode).toBe(200);
      expect(route.body).toContain("<title>PCMT</title>");
      expect((await web.inject({ method: "GET", url: "/assets/missing.js" })).statusCode).toBe(404);
      expect((await web.inject({ method: "GET", url: "/api/nothing" })).statusCode).toBe(404);
    } finally {
      await web.close();
    }
  });

  it("answers a call without a session with 401", async () => {
    const response = await app.inject({ method: "GET", url: "/api/trpc/plugins.health.clinics.list" });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toBe("Bạn cần đăng nhập để sử dụng chức năng này.");
  });
});
