import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directoryEvidenceStore, sha256Of } from "../evidence/EvidenceStore";
import { type ApiTestHarness, createApiTestHarness, testActors } from "../testing/apiTestHarness";
import { applyRetention } from "./applyRetention";

describe.each(testEngines)("retention of the audit log and evidence on %s", (engine) => {
  let api: ApiTestHarness;
  const folder = mkdtempSync(join(tmpdir(), "pcmt-retention-"));
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
  });
  afterAll(async () => {
    await api.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("deletes audit rows and evidence older than the policy, keeps the rest, removes a file once nothing refers to it, and audits the purge", async () => {
    const now = new Date("2031-06-01T00:00:00Z");
    const report = await api.as(testActors.healthOfficer).reports.open({ period: "2024" });
    const store = directoryEvidenceStore(folder);
    const file = (text: string) => {
      const bytes = Buffer.from(text);
      const sha256 = sha256Of(bytes);
      writeFileSync(join(folder, sha256), bytes);
      return sha256;
    };
    const old = file("biên bản 2024");
    const shared = file("biên bản dùng chung");
    const evidence = (sha256: string, uploadedAt: string) => ({
      report_id: report.id,
      task_id: null,
      file_name: "bb.pdf",
      mime_type: "application/pdf",
      size_bytes: 10,
      sha256,
      storage: "directory" as const,
      content: null,
      uploaded_by: null,
      uploaded_at: new Date(uploadedAt),
    });
    await api.db
      .insertInto("report_evidence")
      .values([evidence(old, "2024-06-01"), evidence(shared, "2024-06-01"), evidence(shared, "2030-06-01")])
      .execute();
    await api.db
      .insertInto("audit_log")
      .values([
        {
          action: "report.save",
          entity: "report",
          entity_id: report.id,
          after: JSON.stringify({ narrative: "cũ" }),
          at: new Date("2025-01-01"),
        },
      ])
      .execute();
    const recentAudit = await api.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("at", ">=", new Date("2026-06-01"))
      .executeTakeFirstOrThrow();

    const result = await applyRetention(api.db, store, { auditDays: 5 * 365, evidenceDays: 5 * 365 }, now);
    expect(result).toEqual({ auditRows: 1, evidenceRows: 2, evidenceFiles: 1 });
    expect(existsSync(join(folder, old))).toBe(false);
    // Still attached (in 2030) to a report: kept.
    expect(existsSync(join(folder, shared))).toBe(true);
    expect(
      await api.db.selectFrom("report_evidence").select("sha256").where("report_id", "=", report.id).execute(),
    ).toEqual([{ sha256: shared }]);
    const kept = await api.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("at", ">=", new Date("2026-06-01"))
      .where("action", "!=", "retention.apply")
      .executeTakeFirstOrThrow();
    expect(Number(kept.n)).toBe(Number(recentAudit.n));
    const purge = await api.db
      .selectFrom("audit_log")
      .select("after")
      .where("action", "=", "retention.apply")
      .executeTakeFirstOrThrow();
    expect(purge.after).toMatchObject({ auditRows: 1, evidenceRows: 2 });
    // 0 keeps forever.
    expect(await applyRetention(api.db, store, { auditDays: 0, evidenceDays: 0 }, new Date("2099-01-01"))).toEqual({
      auditRows: 0,
      evidenceRows: 0,
      evidenceFiles: 0,
    });
  });
});
