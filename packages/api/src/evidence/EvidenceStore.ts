import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Evidence files (minh chứng) accepted on a report. */
export const evidencePolicy = {
  maxBytes: 10 * 1024 * 1024,
  /** Extension → the MIME type stored and served. */
  allowedTypes: {
    pdf: "application/pdf",
    doc: "application/msword",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    xls: "application/vnd.ms-excel",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    odt: "application/vnd.oasis.opendocument.text",
    ods: "application/vnd.oasis.opendocument.spreadsheet",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    png: "image/png",
  } as Record<string, string>,
  /**
   * What the content must be for each extension, as `file-type` reads it from the bytes: an HTML page renamed .pdf
   * is refused. Office files are zip containers (or OLE "cfb" for the old formats).
   */
  contentKinds: {
    pdf: ["pdf"],
    doc: ["cfb"],
    xls: ["cfb"],
    docx: ["docx", "zip"],
    xlsx: ["xlsx", "zip"],
    odt: ["odt", "zip"],
    ods: ["ods", "zip"],
    jpg: ["jpg"],
    jpeg: ["jpg"],
    png: ["png"],
  } as Record<string, string[]>,
} as const;

/** Where the bytes of evidence files live: a directory (the data folder on the embedded default) or the database. */
export interface EvidenceStore {
  kind: "directory" | "database";
  /** Stores the bytes and returns what the database row must hold (the bytes themselves for "database"). */
  put(sha256: string, bytes: Buffer): { content: Buffer | null };
  get(sha256: string, content: Buffer | Uint8Array | null): Buffer;
  /** Removes a file no row refers to any more (the database's own rows carry their bytes away with them). */
  remove(sha256: string): void;
}

export const sha256Of = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Content-addressed files: the same file attached twice is stored once, and its name is its checksum. */
export function directoryEvidenceStore(directory: string): EvidenceStore {
  return {
    kind: "directory",
    put(sha256, bytes) {
      mkdirSync(directory, { recursive: true });
      writeFileSync(join(directory, sha256), bytes);
      return { content: null };
    },
    get(sha256) {
      const bytes = readFileSync(join(directory, sha256));
      if (sha256Of(bytes) !== sha256) throw new Error(`Evidence file ${sha256} is damaged (checksum mismatch)`);
      return bytes;
    },
    remove(sha256) {
      if (/^[0-9a-f]{64}$/.test(sha256)) rmSync(join(directory, sha256), { force: true });
    },
  };
}

export const databaseEvidenceStore: EvidenceStore = {
  kind: "database",
  put: (_sha256, bytes) => ({ content: bytes }),
  get(sha256, content) {
    if (!content) throw new Error(`Evidence ${sha256} has no content`);
    return Buffer.from(content);
  },
  remove: () => {},
};
