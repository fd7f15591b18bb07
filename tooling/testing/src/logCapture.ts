import { Writable } from "node:stream";

/** A writable stream that keeps every line a logger writes, so tests can read what was logged. */
export function createLogCapture(): { stream: Writable; lines: () => string[]; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString("utf8"));
      callback();
    },
  });
  const text = () => chunks.join("");
  return { stream, text, lines: () => text().split("\n").filter(Boolean) };
}
