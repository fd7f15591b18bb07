import { readFile } from "node:fs/promises";
import { recordAudit, TRPCError, z } from "@pcmt/plugin-sdk";
import { fileTypeFromBuffer } from "file-type";
import { type EvidenceStore, evidencePolicy, sha256Of } from "../evidence/EvidenceStore";
import { defineFileUpload } from "../uploads/fileUpload";
import { loadReport, ReportId, requireReportAction } from "./reportAccess";
import { fullReport } from "./reportView";

/**
 * An evidence file (minh chứng) for a report, or for one of its tasks, while the report is editable
 * (`POST /api/files/evidence`): its type from the extension and from its content, which must agree (HTML named .pdf
 * is refused), stored with its checksum, audited.
 */
export const attachEvidenceUpload = (evidenceStore: EvidenceStore) =>
  defineFileUpload({
    name: "evidence",
    roles: ["agency_officer"],
    maxBytes: evidencePolicy.maxBytes,
    extensions: Object.keys(evidencePolicy.allowedTypes),
    fields: z.object({ reportId: ReportId, taskId: z.string().max(300, "Mã nhiệm vụ quá dài").optional() }),
    readsSpreadsheet: false,
    async receive(ctx, fields, file) {
      const taskId = fields.taskId || null;
      const extension = file.fileName.split(".").pop()!.toLowerCase();
      const bytes = await readFile(file.path);
      const detected = await fileTypeFromBuffer(bytes);
      if (!detected || !(evidencePolicy.contentKinds[extension] ?? []).includes(detected.ext)) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `Nội dung tệp không phải tệp .${extension} như tên của nó${detected ? ` (là tệp .${detected.ext})` : ""}: chỉ nhận tệp đúng định dạng.`,
        });
      }
      return ctx.db.transaction().execute(async (trx) => {
        const report = await loadReport(trx, fields.reportId);
        requireReportAction(ctx.actor, report, "edit");
        if (taskId) {
          const item = await trx
            .selectFrom("report_items")
            .select("task_id")
            .where("report_id", "=", report.id)
            .where("task_id", "=", taskId)
            .executeTakeFirst();
          if (!item) throw new TRPCError({ code: "BAD_REQUEST", message: "Nhiệm vụ không thuộc báo cáo này." });
        }
        const sha256 = sha256Of(bytes);
        const { content } = evidenceStore.put(sha256, bytes);
        const row = await trx
          .insertInto("report_evidence")
          .values({
            report_id: report.id,
            task_id: taskId,
            file_name: file.fileName,
            mime_type: evidencePolicy.allowedTypes[extension]!,
            size_bytes: bytes.length,
            sha256,
            storage: evidenceStore.kind,
            content,
            uploaded_by: ctx.actor.userId,
          })
          .returning(["id"])
          .executeTakeFirstOrThrow();
        await recordAudit(
          { ...ctx, db: trx },
          {
            action: "report.evidence",
            entity: "report",
            entityId: report.id,
            after: { evidenceId: row.id, fileName: file.fileName, sha256, size: bytes.length },
          },
        );
        return fullReport(trx, report);
      });
    },
  });
