import type { CoreDatabase, Kysely } from "@pcmt/db";
import type { EvidenceStore } from "../evidence/EvidenceStore";

/**
 * How long the product keeps what may hold personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: kept no longer
 * than its purpose needs): the audit log's before/after and the evidence files attached to reports. Days; 0 keeps
 * forever. The reports themselves, their narratives and the values stay: they are the province's records.
 */
export interface RetentionPolicy {
  auditDays: number;
  evidenceDays: number;
}

export const defaultRetention: RetentionPolicy = { auditDays: 5 * 365, evidenceDays: 5 * 365 };

export interface RetentionResult {
  auditRows: number;
  evidenceRows: number;
  evidenceFiles: number;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * Deletes audit rows and evidence older than the policy allows, in one transaction; files of a directory store are
 * removed once no row refers to them. The purge itself is audited (counts and cut-off days only).
 */
export async function applyRetention(
  db: Kysely<CoreDatabase>,
  store: EvidenceStore,
  policy: RetentionPolicy,
  now = new Date(),
): Promise<RetentionResult> {
  const result = await db.transaction().execute(async (trx) => {
    let evidenceRows = 0;
    const orphaned: string[] = [];
    if (policy.evidenceDays > 0) {
      const removed = await trx
        .deleteFrom("report_evidence")
        .where("uploaded_at", "<", daysBefore(now, policy.evidenceDays))
        .returning("sha256")
        .execute();
      evidenceRows = removed.length;
      const hashes = [...new Set(removed.map((r) => r.sha256))];
      const still = hashes.length
        ? new Set(
            (await trx.selectFrom("report_evidence").select("sha256").where("sha256", "in", hashes).execute()).map(
              (r) => r.sha256,
            ),
          )
        : new Set<string>();
      orphaned.push(...hashes.filter((h) => !still.has(h)));
    }
    let auditRows = 0;
    if (policy.auditDays > 0) {
      const deleted = await trx
        .deleteFrom("audit_log")
        .where("at", "<", daysBefore(now, policy.auditDays))
        .executeTakeFirst();
      auditRows = Number(deleted.numDeletedRows);
    }
    if (auditRows > 0 || evidenceRows > 0) {
      await trx
        .insertInto("audit_log")
        .values({
          action: "retention.apply",
          entity: "retention",
          entity_id: now.toISOString().slice(0, 10),
          after: JSON.stringify({
            auditRows,
            evidenceRows,
            auditDays: policy.auditDays,
            evidenceDays: policy.evidenceDays,
          }),
        })
        .execute();
    }
    return { auditRows, evidenceRows, orphaned };
  });
  // Files go once the rows that named them are gone for good.
  for (const sha256 of result.orphaned) store.remove(sha256);
  return {
    auditRows: result.auditRows,
    evidenceRows: result.evidenceRows,
    evidenceFiles: store.kind === "directory" ? result.orphaned.length : 0,
  };
}
