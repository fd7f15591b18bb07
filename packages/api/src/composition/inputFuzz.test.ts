import type { Actor } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, createApiTestHarness, testActors } from "../testing/apiTestHarness";
import { listProcedureAccess } from "./procedureAccess";

/** What may sit in any field: nasty strings, far dates, odd numbers, wrong shapes — and a few values that exist. */
function fieldValue(existing: readonly string[]) {
  return fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
    fc.constantFrom(
      "9999-12-31",
      "0000-00-00",
      "2024-13-45",
      "2099",
      "9999-01",
      "1900-01-01",
      "2024-05",
      "2024-H1",
      "2024",
      "-1",
      "",
      " ",
      "§II.4.b",
      "'; drop table users; --",
      "<script>alert(1)</script>",
      "NaN",
      "٣",
    ),
    fc.constantFrom(...existing),
    fc.uuid(),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53, 1.5),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxKeys: 3 }),
  );
}

/** The top-level keys of a procedure's input schema (zod), so the fuzz reaches past "unknown field". */
function inputKeys(procedure: { _def: { inputs?: unknown[] } }): string[] {
  const keys = new Set<string>();
  for (const input of procedure._def.inputs ?? []) {
    const def = (
      input as {
        _zod?: {
          def?: {
            shape?: Record<string, unknown>;
            options?: { _zod?: { def?: { shape?: Record<string, unknown> } } }[];
          };
        };
      }
    )._zod?.def;
    for (const key of Object.keys(def?.shape ?? {})) keys.add(key);
    for (const option of def?.options ?? [])
      for (const key of Object.keys(option._zod?.def?.shape ?? {})) keys.add(key);
  }
  return [...keys];
}

const fingerprintTables = [
  "users",
  "reports",
  "report_items",
  "report_evidence",
  "data_values",
  "catalog_documents",
  "health_methadone_clinics",
  "police_drug_hotspots",
] as const;

/**
 * Every procedure of the app router, called as several identities with generated inputs built on its schema's own
 * keys: never a 5xx, and a refused call changes nothing.
 */
describe.each(testEngines)("input fuzz over every procedure on %s", (engine) => {
  let api: ApiTestHarness;
  let existing: string[] = [];
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
    const report = await api.as(testActors.healthOfficer).reports.open({ period: "2024" });
    existing = [
      report.id,
      "health",
      "police",
      "thai_nguyen",
      "quang_tri",
      "kh-29-bcd-quang-tri-2024#§II.4.b",
      "kh-29-bcd-quang-tri-2024#commune_health_facilities",
      "thai_nguyen.dai_tu",
      "kh-29-bcd-quang-tri-2024",
    ];
  });
  afterAll(() => api.close());

  const fingerprint = async () => {
    const counts: Record<string, number> = {};
    for (const table of fingerprintTables) {
      const rows = await api.db
        .selectFrom(table as "users")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      counts[table] = Number(rows.n);
    }
    const versions = await api.db
      .selectFrom("reports")
      .select((eb) => eb.fn.sum<number>("version").as("v"))
      .executeTakeFirstOrThrow();
    return { ...counts, versions: Number(versions.v ?? 0) };
  };

  it("answers no generated input with a server error, and a refused call writes nothing", async () => {
    const procedures = api.router._def.procedures as unknown as Record<string, { _def: { inputs?: unknown[] } }>;
    const identities: Actor[] = [
      testActors.admin,
      testActors.standingOffice,
      testActors.healthOfficer,
      testActors.committee,
    ];
    const failures: string[] = [];
    let calls = 0;
    for (const { path } of listProcedureAccess(api.router)) {
      if (path === "auth.signIn") continue; // throttled by design: covered by auth.test
      const keys = inputKeys(procedures[path]!);
      const input = keys.length
        ? fc.record(Object.fromEntries(keys.map((k) => [k, fieldValue(existing)])), { requiredKeys: [] })
        : fc.oneof(
            fc.constant(undefined),
            fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
          );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...identities), input, async (who, value) => {
          calls++;
          const caller = api.as(who);
          const procedure = path
            .split(".")
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
            input?: unknown,
          ) => Promise<unknown>;
          const before = await fingerprint();
          try {
            await procedure(value);
          } catch (error) {
            const code = (error as { code?: string }).code;
            if (code === "INTERNAL_SERVER_ERROR" || code === undefined)
              failures.push(
                `${path} as ${who.username}: ${code} ${(error as Error).message.slice(0, 120)} — input ${JSON.stringify(value).slice(0, 200)}`,
              );
            const after = await fingerprint();
            if (JSON.stringify(after) !== JSON.stringify(before))
              failures.push(
                `${path} as ${who.username}: refused (${code}) but wrote — input ${JSON.stringify(value).slice(0, 200)}`,
              );
          }
        }),
        { numRuns: 12, seed: 20261201 },
      );
    }
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(500);
  }, 600_000);

  it("answers no generated form or file with a server error, and a refused upload writes nothing", async () => {
    const identities: (Actor | null)[] = [
      null,
      testActors.admin,
      testActors.standingOffice,
      testActors.healthOfficer,
      testActors.committee,
    ];
    const fileName = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        "a.csv",
        "b.xlsx",
        "c.pdf",
        "d.png",
        "e",
        ".csv",
        "../../etc/passwd.csv",
        "x\u0000.pdf",
        "bao cáo.docx",
      ),
    );
    const csvLike = fc
      .array(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 12 }),
            fc.constantFrom(...existing, "Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Giá trị", "2024-05"),
          ),
          { maxLength: 5 },
        ),
        { maxLength: 6 },
      )
      .map((rows) => Buffer.from(rows.map((r) => r.join(",")).join("\n")));
    const bytes = fc.oneof(
      csvLike,
      fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
      fc.constant(Buffer.from("%PDF-1.4 biên bản")),
    );
    const fields = fc.dictionary(
      fc.constantFrom("reportId", "taskId", "x"),
      fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...existing), fc.uuid()),
      { maxKeys: 3 },
    );
    const failures: string[] = [];
    let calls = 0;
    for (const name of ["evidence", "data-grid", "data-values"] as const) {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...identities), fields, fileName, bytes, async (who, form, file, content) => {
          calls++;
          const before = await fingerprint();
          try {
            await api.upload(who, name, form, { name: file, bytes: content });
          } catch (error) {
            const code = (error as { code?: string }).code;
            if (code === "INTERNAL_SERVER_ERROR" || code === undefined)
              failures.push(
                `${name} as ${who?.username ?? "anonymous"}: ${code} ${(error as Error).message.slice(0, 120)} — ${file}`,
              );
            if (JSON.stringify(await fingerprint()) !== JSON.stringify(before))
              failures.push(`${name} as ${who?.username ?? "anonymous"}: refused (${code}) but wrote — ${file}`);
          }
        }),
        { numRuns: 40, seed: 20261201 },
      );
    }
    expect(failures).toEqual([]);
    expect(calls).toBe(120);
  }, 600_000);
});
