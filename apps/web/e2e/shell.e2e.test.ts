import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/launchChromium";
import { signIn } from "./support/signIn";
import { type RunningServer, startServer } from "./support/startServer";

describe("web shell in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("refuses a wrong password with a Vietnamese message", async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, "yte", "sai-mat-khau-roi");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Tên đăng nhập hoặc mật khẩu không đúng");
    await page.close();
  });

  it("lets a health officer sign in, use its plugin page and sign out", async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, "yte");

    // Lands in its agency's workspace: the health plugin's work page, with only its own navigation.
    await page.waitForURL(`${server.url}/p/health/nhiem-vu`);
    await page.getByRole("heading", { name: "Công việc của Sở Y tế" }).waitFor();
    const nav = page.getByRole("navigation");
    await expect(nav.getByText("Cơ sở điều trị Methadone").isVisible()).resolves.toBe(true);
    await expect(nav.getByText("Điểm, tụ điểm phức tạp về ma túy").count()).resolves.toBe(0);
    await nav.getByText("Cơ sở điều trị Methadone").click();
    await page.getByRole("heading", { name: "Cơ sở điều trị Methadone" }).waitFor();

    // Bad input: the form names the problem in Vietnamese and nothing is stored.
    await page.getByRole("button", { name: "Thêm mới" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Tên cơ sở").fill("Cơ sở Methadone Gia Sàng");
    await dialog.getByLabel("Địa chỉ").fill("Phường Gia Sàng");
    await dialog.getByLabel("Công suất (người)").fill("-3");
    await dialog.getByLabel("Đang điều trị (người)").fill("120");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.getByText("Công suất không được âm").waitFor();

    await dialog.getByLabel("Công suất (người)").fill("250");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("cell", { name: "Cơ sở Methadone Gia Sàng" }).waitFor();
    await expect(page.getByText("1 bản ghi").isVisible()).resolves.toBe(true);

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.getByRole("button", { name: "Đăng nhập" }).waitFor();
    // The session is gone on the server too: reloading does not sign back in.
    await page.reload();
    await page.getByRole("button", { name: "Đăng nhập" }).waitFor();
    await page.close();
  });

  it("shows the committee the console with every enabled plugin", async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, "bcd");
    await page.waitForURL(`${server.url}/console`);
    await page.getByRole("heading", { name: "Bảng điều hành Ban Chỉ đạo" }).waitFor();
    for (const id of ["police", "health", "labour", "education", "customs", "agriculture"]) {
      await page.locator(`[data-plugin="${id}"]`).first().waitFor();
    }
    await page.locator('[data-widget="health.clinics"]').getByText("1").first().waitFor();
    // The overview for the latest period due (the year 2025): the documents governing it, their targets and the matrix.
    await page
      .getByTestId("document-progress")
      .getByText(/giai đoạn 2021 - 2025/)
      .waitFor();
    await page.getByTestId("indicator-states").locator("[data-indicator-state]").first().waitFor();
    await expect(page.getByTestId("timeliness-matrix").locator("tbody tr").count()).resolves.toBeGreaterThan(3);
    await page.close();
  });
});

describe("web shell with PCMT_PLUGINS=health", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ PCMT_PLUGINS: "health" }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows only health's navigation", async () => {
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health).toEqual({
      status: "ok",
      database: "pglite",
      plugins: ["health"],
      imports: { running: 0, limit: 2 },
    });

    const page = await browser.newPage();
    await signIn(page, server.url, "bcd");
    await page.waitForURL(`${server.url}/console`);
    await page.locator('[data-plugin="health"]').first().waitFor();
    await expect(page.locator("[data-plugin]").count()).resolves.toBe(1);
    await page.close();
  });
});
