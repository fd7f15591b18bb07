import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readSource } from "./readSource";

/** A PDF page with no text layer (what a scanner produces): a picture of a block, printed by Chromium. */
async function scannedPdf(): Promise<Uint8Array> {
  const executablePath = process.env.PCMT_CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium not found at ${executablePath}: install it with apt-get install -y chromium (tooling/scripts/test-environment.sh does) or set PCMT_CHROMIUM.`,
    );
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(`<div style="width: 12cm; height: 6cm; background: #222"></div>`);
    return new Uint8Array(await page.pdf({ format: "A4" }));
  } finally {
    await browser.close();
  }
}

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
