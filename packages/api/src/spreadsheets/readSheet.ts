import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { SheetKind, SheetRow } from "./readSheetRows";
import type { SheetReaderInput, SheetReaderMessage } from "./sheetReaderWorker";
import {
  type SheetLimits,
  SpreadsheetTooLargeError,
  spreadsheetLimits,
  UnreadableSpreadsheetError,
} from "./sheetLimits";

/**
 * The worker's script: built next to the server's bundle (tsup entry `sheetReaderWorker`), or, running from the
 * TypeScript sources (tests, `pnpm pcmt`), the source itself through tsx.
 */
function workerScript(): { url: URL; script?: string } {
  const built = new URL("./sheetReaderWorker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return { url: built };
  return {
    url: new URL("./workerFromSource.mjs", import.meta.url),
    script: new URL("./sheetReaderWorker.ts", import.meta.url).href,
  };
}

/** Memory a reading worker may take before it is stopped (the file is then refused as too large). */
const workerHeapMb = 512;

function failureOf(message: Extract<SheetReaderMessage, { type: "failed" }>): Error {
  if (message.name === "SpreadsheetTooLargeError") return new SpreadsheetTooLargeError(message.message);
  if (message.name === "UnreadableSpreadsheetError") return new UnreadableSpreadsheetError();
  return new Error(`spreadsheet reader failed: ${message.name}: ${message.message}`);
}

/**
 * The rows of a CSV or .xlsx file on disk, read by a worker thread in batches: the server's event loop stays free
 * (health checks and every other request are answered while a large file is read), the worker's memory is capped,
 * and it is stopped as soon as the caller stops reading. Throws SpreadsheetTooLargeError or
 * UnreadableSpreadsheetError, each with a message for the person who sent the file.
 */
export async function* readSheet(
  path: string,
  kind: SheetKind,
  options: { limits?: Partial<SheetLimits>; batchRows?: number } = {},
): AsyncGenerator<SheetRow[]> {
  const script = workerScript();
  const workerData: SheetReaderInput & { script?: string } = {
    script: script.script,
    path,
    kind,
    limits: { ...spreadsheetLimits, ...options.limits },
    batchRows: options.batchRows ?? 2_000,
    inFlight: 2,
  };
  const worker = new Worker(script.url, {
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
    stdout: false,
  });
  const inbox: (SheetReaderMessage | { type: "crashed"; error: Error })[] = [];
  let notify: (() => void) | null = null;
  const deliver = (message: (typeof inbox)[number]) => {
    inbox.push(message);
    notify?.();
  };
  worker.on("message", (message: SheetReaderMessage) => deliver(message));
  worker.on("error", (error: Error & { code?: string }) =>
    deliver({
      type: "crashed",
      error:
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new SpreadsheetTooLargeError("Tệp quá lớn để đọc: chia thành nhiều tệp nhỏ hơn.")
          : error,
    }),
  );
  worker.on("exit", (code) => deliver({ type: "crashed", error: new Error(`spreadsheet reader exited (${code})`) }));
  try {
    for (;;) {
      while (inbox.length === 0) await new Promise<void>((resolve) => (notify = resolve));
      const message = inbox.shift()!;
      if (message.type === "done") return;
      if (message.type === "failed") throw failureOf(message);
      if (message.type === "crashed") throw message.error;
      yield message.rows;
      worker.postMessage("next");
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
