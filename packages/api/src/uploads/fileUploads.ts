import { importGridFileUpload } from "../dataEntry/importGridFile";
import { importValueFileUpload } from "../dataValues/importValueFile";
import { documentSourceUpload } from "../documentIntake/documentSourceUpload";
import { databaseEvidenceStore, type EvidenceStore } from "../evidence/EvidenceStore";
import { attachEvidenceUpload } from "../reports/attachEvidence";

/** Every file the platform receives, by name (the route is `POST /api/files/<name>`). */
export function createFileUploads(options: { evidenceStore?: EvidenceStore } = {}) {
  const uploads = {
    evidence: attachEvidenceUpload(options.evidenceStore ?? databaseEvidenceStore),
    "data-grid": importGridFileUpload,
    "data-values": importValueFileUpload,
    "document-source": documentSourceUpload,
  };
  for (const [name, upload] of Object.entries(uploads))
    if (upload.name !== name) throw new Error(`file upload ${upload.name} is listed as ${name}`);
  return uploads;
}

export type FileUploads = ReturnType<typeof createFileUploads>;
/** A value as it arrives after JSON (dates become their ISO text), as tRPC's own outputs do. */
type AsJson<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? AsJson<U>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T;

/** What each upload answers, for the web client. */
export type FileUploadResults = {
  [Name in keyof FileUploads]: AsJson<Awaited<ReturnType<FileUploads[Name]["receive"]>>>;
};
