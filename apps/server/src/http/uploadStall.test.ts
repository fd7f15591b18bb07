import { mkdtemp, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAppRouter, createUser, databaseEvidenceStore, defaultSessionPolicy, migratePlatform } from "@pcmt/api";
import { openDatabase } from "@pcmt/db";
import { healthPlugin } from "@pcmt/plugin-health/server";
import { createTestDatabase, type TestDatabase, testEngines } from "@pcmt/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../platform/createLogger";
import type { Platform } from "../platform/startPlatform";
import { createHttpServer, sessionCookieName } from "./createHttpServer";

const password = "mat-khau-bi-mat-2026";
const rows = 250_000;

/**
 * A large workbook sent over loopback while /healthz is asked every 50 ms: the server keeps answering (the file is
 * read in a worker, in batches), and a third file beyond the two reading slots is refused at once with 429.
 * Before the worker, a 14.5 MB, million-row file held the event loop for 31 s.
 */
describe.each(testEngines)("a large spreadsheet upload on %s", (engine) => {
  let testDb: TestDatabase;
  let platform: Platform;
  let app: Awaited<ReturnType<typeof createHttpServer>>;
  let base: string;
  let cookie: string;
  let workbook: Buffer;
  let folder: string;

  beforeAll(async () => {
    testDb = await createTestDatabase(engine);
    const database = await openDatabase(testDb.config);
    const plugins = [healthPlugin];
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
      logger: createLogger("silent"),
      sessionPolicy: defaultSessionPolicy,
      cookieSecure: false,
      trustProxy: false,
      webDist: null,
      maxConcurrentImports: 2,
    });
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const signIn = await fetch(`${base}/api/trpc/auth.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "yte", password }),
    });
    cookie = `${sessionCookieName}=${/pcmt_session=([^;]+)/.exec(signIn.headers.get("set-cookie") ?? "")?.[1]}`;
    // Values for an element no document has: every row is read and checked (and refused), nothing stored.
    folder = await mkdtemp(join(tmpdir(), "pcmt-stall-"));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(folder, "lon.xlsx") });
    const sheet = writer.addWorksheet("Số liệu");
    sheet.addRow(["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị"]).commit();
    for (let i = 0; i < rows; i++)
      sheet.addRow(["khong-co#chi-tieu", `thai_nguyen.xa_${i % 500}`, "2024-05", i]).commit();
    await writer.commit();
    workbook = await readFile(join(folder, "lon.xlsx"));
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await platform.database.close();
    await testDb.drop();
    await rm(folder, { recursive: true, force: true });
  });

  const send = () => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(workbook)]), "lon.xlsx");
    return fetch(`${base}/api/files/data-values`, { method: "POST", headers: { cookie }, body: form });
  };

  it("answers /healthz throughout, and refuses a third file while two are read", { timeout: 180_000 }, async () => {
    const uploads = [send(), send()];
    // /healthz says how many files are being read: wait until both have their slot.
    while ((await (await fetch(`${base}/healthz`)).json()).imports.running < 2)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const third = await send();
    expect(third.status).toBe(429);
    expect((await third.json()).error).toBe("Máy chủ đang xử lý 2 tệp cùng lúc. Vui lòng thử lại sau ít phút.");

    const latencies: number[] = [];
    let reading = true;
    const probe = (async () => {
      while (reading) {
        const started = performance.now();
        const health = await fetch(`${base}/healthz`);
        expect(health.status).toBe(200);
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const started = performance.now();
    const answers = await Promise.all(uploads);
    const seconds = (performance.now() - started) / 1000;
    reading = false;
    await probe;
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ lines: rows, written: 0, problemCount: rows });
    }
    const slowest = Math.max(...latencies);
    console.warn(
      `${engine}: two ${(workbook.length / 1024 / 1024).toFixed(1)} MB workbooks of ${rows} rows read in ${seconds.toFixed(1)} s; /healthz answered ${latencies.length} times, slowest ${slowest.toFixed(0)} ms`,
    );
    // Read on the event loop, each workbook held it for seconds; /healthz is asked every 50 ms throughout.
    expect(latencies.length).toBeGreaterThan(seconds * 5);
    expect(slowest).toBeLessThan(1_000);
  });
});
