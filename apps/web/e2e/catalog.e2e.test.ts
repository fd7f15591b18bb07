import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/launchChromium";
import { signInAndWait as signIn } from "./support/signIn";
import { type RunningServer, startServer } from "./support/startServer";

describe("plan catalog in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url, "bcd");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lists the documents and shows one beside its source text, a task pointing to its words", async () => {
    await page.getByRole("link", { name: "Văn bản kế hoạch" }).click();
    // A Thái Nguyên member sees Thái Nguyên's documents first, and the others on asking.
    await page.getByRole("cell", { name: "Thái Nguyên" }).first().waitFor();
    await expect(page.getByRole("cell", { name: "29/KH-BCĐ" }).count()).resolves.toBe(0);
    await page.getByTestId("documents-province").click();
    await page.getByRole("option", { name: "Mọi tỉnh, thành phố" }).click();
    await page.getByRole("cell", { name: "29/KH-BCĐ" }).waitFor();
    await page.getByRole("link", { name: "Thực hiện công tác phòng, chống ma túy năm 2024" }).click();
    await page.getByText("Chế độ báo cáo: Trước ngày 17 hằng tháng").waitFor();

    await page.locator('[data-task-ref="§II.4.b"]').click();
    const highlighted = await page.getByTestId("source-highlight").textContent();
    expect(highlighted).toContain("100% cơ sở y tế cấp xã");
    await expect(page.locator('[data-task-ref="§II.4.b"]').getByText("Sở Y tế").count()).resolves.toBeGreaterThan(0);
  });

  it("searches tasks without accents and filters by agency", async () => {
    await page.goto(`${server.url}/tasks`);
    const all = Number((await page.getByTestId("result-count").textContent())?.split(" ")[0]);
    await page.getByLabel("Nội dung").fill("cai nghien");
    await page.waitForFunction((total) => {
      const count = Number(document.querySelector('[data-testid="result-count"]')?.textContent?.split(" ")[0]);
      return count > 0 && count < total;
    }, all);
    const rows = await page.getByTestId("task-table").locator("tbody tr").allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => /cai nghiện/i.test(row))).toBe(true);
  });

  it("opens an agency's page and an indicator", async () => {
    await page.goto(`${server.url}/agencies/police`);
    await page.getByRole("heading", { name: "Công an tỉnh" }).waitFor();
    await page.getByRole("tab", { name: /Chủ trì/ }).waitFor();
    await page.goto(`${server.url}/indicators`);
    await page
      .getByRole("link", { name: /không ma túy/i })
      .first()
      .click();
    await page.getByText("Tỷ lệ: tổng tử số / tổng mẫu số", { exact: false }).waitFor();
  });

  it("shows a plugin its agency's assigned tasks", async () => {
    const officer = await browser.newPage();
    await signIn(officer, server.url, "yte");
    await officer.getByRole("heading", { name: "Công việc của Sở Y tế" }).waitFor();
    await officer.getByTestId("my-work").locator("tbody tr").first().waitFor();
    // Only the documents in force: Thái Nguyên's resolution of 29/12/2025 ("các sở, ban, ngành" includes health);
    // the 2021–2025 programme and the 2024 conclusions have ended.
    const rows = officer.getByTestId("my-work").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    await expect(
      officer
        .getByTestId("my-work")
        .getByText(/45\/TB-UBND/)
        .count(),
    ).resolves.toBe(0);
    // The committee sees the same plugin page as the list of the agency's assignments.
    await page.goto(`${server.url}/p/health/nhiem-vu`);
    await page.getByRole("heading", { name: /Nhiệm vụ được giao — Sở Y tế/ }).waitFor();
    await officer.close();
  });
});
