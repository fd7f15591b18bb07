import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { printPdf } from "../testing/printPdf";
import { readSource } from "./readSource";

/** A PDF page with no text layer (what a scanner produces): a picture of a block, printed by Chromium. */
const scannedPdf = () => printPdf(`<div style="width: 12cm; height: 6cm; background: #222"></div>`);

const installed = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

describe("reading a scanned PDF", () => {
  it(
    "goes through OCR when tesseract is installed, and otherwise says how to install it",
    { timeout: 60_000 },
    async () => {
      const bytes = await scannedPdf();
      if (installed("tesseract") && installed("pdftoppm")) {
        await expect(readSource("ban-quet.pdf", bytes)).resolves.toMatchObject({ via: "pdf+ocr" });
      } else {
        await expect(readSource("ban-quet.pdf", bytes)).rejects.toThrow(
          /bản quét.*apt-get install -y tesseract-ocr tesseract-ocr-vie poppler-utils/,
        );
      }
    },
  );
});
