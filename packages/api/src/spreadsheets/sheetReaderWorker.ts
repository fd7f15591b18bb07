/**
 * The worker thread that reads a spreadsheet (see readSheet): rows are streamed from disk and posted in batches, at
 * most `inFlight` batches ahead of the thread that stores them, so a large file neither blocks the server's event
 * loop nor piles up in memory.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readSheetRows, type SheetKind, type SheetRow } from "./readSheetRows";
import type { SheetLimits } from "./sheetLimits";

export interface SheetReaderInput {
  path: string;
  kind: SheetKind;
  limits: SheetLimits;
  batchRows: number;
  inFlight: number;
}

export type SheetReaderMessage =
  { type: "rows"; rows: SheetRow[] } | { type: "done" } | { type: "failed"; name: string; message: string };

const port = parentPort;
if (!port) throw new Error("sheetReaderWorker runs only as a worker thread");
const input = workerData as SheetReaderInput;

let credits = input.inFlight;
let wake: (() => void) | null = null;
port.on("message", (message) => {
  if (message !== "next") return;
  credits += 1;
  wake?.();
});

async function post(rows: SheetRow[]) {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits -= 1;
  port!.postMessage({ type: "rows", rows } satisfies SheetReaderMessage);
}

async function read() {
  for await (const batch of readSheetRows(input.path, input.kind, input.limits, input.batchRows)) await post(batch);
  port!.postMessage({ type: "done" } satisfies SheetReaderMessage);
}

read().catch((error: unknown) => {
  const failure = error instanceof Error ? error : new Error(String(error));
  port.postMessage({ type: "failed", name: failure.name, message: failure.message } satisfies SheetReaderMessage);
});
