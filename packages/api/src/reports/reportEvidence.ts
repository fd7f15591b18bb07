import type { CoreDatabase, Kysely } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import { type RequestContext, recordAudit, TRPCError } from "@pcmt/plugin-sdk";
import type { EvidenceStore } from "../evidence/EvidenceStore";
import { loadReport, requireReportAction, requireReportRead } from "./reportAccess";
import { fullReport } from "./reportView";

/** Reads an evidence file for download, after checking the reader may see its report. */
export async function readEvidence(db: Kysely<CoreDatabase>, actor: Actor, evidenceId: string, store: EvidenceStore) {
  const row = await db.selectFrom("report_evidence").selectAll().where("id", "=", evidenceId).executeTakeFirst();
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy tệp minh chứng." });
  requireReportRead(actor, await loadReport(db, row.report_id));
  return { fileName: row.file_name, mimeType: row.mime_type, bytes: store.get(row.sha256, row.content) };
}

/** Removes an evidence file from a report the officer may still edit; audited with its name and digest. */
export async function removeEvidence(ctx: RequestContext & { actor: Actor }, evidenceId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("report_evidence")
      .select(["report_id", "file_name", "sha256"])
      .where("id", "=", evidenceId)
      .executeTakeFirst();
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy tệp minh chứng." });
    const report = await loadReport(trx, row.report_id);
    requireReportAction(ctx.actor, report, "edit");
    await trx.deleteFrom("report_evidence").where("id", "=", evidenceId).execute();
    await recordAudit(
      { ...ctx, db: trx },
      {
        action: "report.evidence.remove",
        entity: "report",
        entityId: report.id,
        before: { fileName: row.file_name, sha256: row.sha256 },
      },
    );
    return fullReport(trx, report);
  });
}
