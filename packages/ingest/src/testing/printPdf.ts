import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/**
 * A page of HTML printed to PDF by Debian's Chromium (tests only): what an office's word processor or scanner hands
 * the ingester. Fails, never skips, when Chromium is missing — `pnpm test` installs it.
 */
export async function printPdf(
  html: string,
  options: { headerTemplate?: string; footerTemplate?: string; margin?: Record<string, string> } = {},
): Promise<Uint8Array> {
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
    await page.setContent(html);
    const headerFooter = options.headerTemplate !== undefined || options.footerTemplate !== undefined;
    return new Uint8Array(
      await page.pdf({
        format: "A4",
        displayHeaderFooter: headerFooter,
        ...(options.headerTemplate !== undefined ? { headerTemplate: options.headerTemplate } : {}),
        ...(options.footerTemplate !== undefined ? { footerTemplate: options.footerTemplate } : {}),
        ...(options.margin ? { margin: options.margin } : {}),
      }),
    );
  } finally {
    await browser.close();
  }
}
