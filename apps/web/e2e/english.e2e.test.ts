import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/launchChromium";
import { signInAndWait as signIn } from "./support/signIn";
import { type RunningServer, startServer } from "./support/startServer";

/**
 * Every page in English, for each kind of user: no Vietnamese left in what the page itself says. What is data —
 * the catalog's document texts, place and people's names, what people typed — is marked translate="no" and
 * stays as written.
 */
const accounts = ["congan", "yte.qt", "thuongtruc", "bcd", "admin"];

/** Visible Vietnamese text of the page outside translate="no": text nodes, placeholders, labels for screen readers. */
async function vietnameseOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const letters = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
    const found = new Set<string>();
    const exempt = (el: Element | null) =>
      !el || el.closest('[translate="no"]') !== null || el.closest("script, style, noscript") !== null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      const parent = node.parentElement;
      if (!text || !letters.test(text) || exempt(parent) || !parent?.checkVisibility()) continue;
      found.add(text.slice(0, 120));
    }
    for (const el of document.querySelectorAll("[placeholder], [aria-label], [title]")) {
      if (exempt(el) || !el.checkVisibility()) continue;
      for (const attr of ["placeholder", "aria-label", "title"]) {
        const value = el.getAttribute(attr) ?? "";
        if (letters.test(value)) found.add(`[${attr}] ${value.slice(0, 120)}`);
      }
    }
    return [...found];
  });
}

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page
    .getByText(/^(Loading…|Đang tải…)$/)
    .first()
    .waitFor({ state: "hidden", timeout: 15_000 })
    .catch(() => {});
}

describe("every page in English, with no Vietnamese UI string left", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(accounts)("as %s", async (username) => {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await signIn(page, server.url, username);
    await settle(page);
    // The same check on the Vietnamese page finds its words: the detector works.
    expect((await vietnameseOnPage(page)).length).toBeGreaterThan(3);
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await settle(page);
    const paths = new Set<string>(
      await page.locator("nav a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "")),
    );
    paths.add("/account");
    expect(paths.size).toBeGreaterThan(3);
    const problems: string[] = [];
    const check = async (path: string) => {
      await page.goto(`${server.url}${path}`);
      await settle(page);
      for (const text of await vietnameseOnPage(page)) problems.push(`${path}: ${text}`);
      if (process.env.PCMT_E2E_SHOTS)
        await page.screenshot({
          path: `${process.env.PCMT_E2E_SHOTS}/${username}${path.replaceAll("/", "_")}.png`,
          fullPage: true,
        });
    };
    for (const path of paths) await check(path);
    // One page of each kind behind the lists: a report, a document, an indicator, an agency, a plugin's register.
    for (const [list, pattern] of [
      ["/reports", /^\/reports\/[0-9a-f-]{36}$/],
      ["/desk", /^\/reports\/[0-9a-f-]{36}$/],
      ["/catalog", /^\/catalog\/[^/]+$/],
      ["/indicators", /^\/indicators\/[^/]+$/],
      ["/catalog", /^\/agencies\/[^/]+$/],
    ] as const) {
      if (![...paths].includes(list)) continue;
      await page.goto(`${server.url}${list}`);
      await settle(page);
      const hrefs = await page
        .locator("main a[href]")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      const target = hrefs.find((h) => pattern.test(h.split("?")[0] ?? ""));
      if (target) await check(target);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
