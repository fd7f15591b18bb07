import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/launchChromium";
import { signInAndWait as signIn } from "./support/signIn";
import { type RunningServer, startServer } from "./support/startServer";

/** A month after the demo data (which runs until today): imported values are then the latest. */
function monthAhead(months: number): string {
  const now = new Date();
  const month = new Date(now.getFullYear(), now.getMonth() + months, 1);
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, "0")}`;
}

describe("the committee's console and the bulk import in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  const period = monthAhead(2);
  const stations = "kh-29-bcd-quang-tri-2024#commune_health_facilities";
  const qualified = "kh-29-bcd-quang-tri-2024#commune_health_facilities_qualified";
  const folder = mkdtempSync(join(tmpdir(), "pcmt-import-"));
  const csv = (name: string, rows: string[][]) => {
    const path = join(folder, name);
    writeFileSync(path, ["Mã chỉ tiêu,Mã địa bàn,Kỳ,Giá trị", ...rows.map((r) => r.join(","))].join("\n"));
    return path;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows a national account every province, then one province's console and an indicator's drill-down", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await signIn(page, server.url, "admin");
    await page.goto(`${server.url}/console`);
    // Thái Nguyên's resolution sets phases for the drug-free communes: the roadmap shows where the province stands.
    await page.goto(`${server.url}/console?province=thai_nguyen`);
    const roadmap = page.getByTestId("roadmaps").locator(".mantine-Card-root", { hasText: "Tỷ lệ xã, phường không ma túy" });
    await roadmap.getByText(/Hiện đạt \d/).waitFor();
    await roadmap.getByText(/≥ 25% đến năm 2026/).waitFor();
    const national = page.getByTestId("national-overview");
    await national.getByRole("link", { name: "Quảng Trị" }).click();
    await page.waitForURL(/province=quang_tri/);
    await page.getByTestId("document-progress").getByText("29/KH-BCĐ").waitFor();
    await page.getByTestId("indicator-states").getByRole("link", { name: "Tỷ lệ cơ sở y tế cấp xã đủ điều kiện xác định tình trạng nghiện" }).click();
    await page.waitForURL(/\/indicators\//);
    // Values per period for the province, and per commune as the communes are today.
    await page.getByTestId("indicator-periods").locator("tr").first().waitFor();
    await expect(page.getByTestId("indicator-places").locator("tr").count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it("lets the standing office import a file: every error by row first, nothing stored; then the values, visible at once", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await signIn(page, server.url, "thuongtruc.qt");
    await page.getByRole("link", { name: "Nhập số liệu hàng loạt" }).click();
    await page.locator('input[type="file"]').setInputFiles(
      csv("loi.csv", [
        [stations, "quang_tri.khe_sanh", period, "6"],
        [qualified, "quang_tri.khe_sanh", period, "-2"],
        [stations, "quang_tri.khong_co", period, "1"],
      ]),
    );
    await page.getByRole("button", { name: "Kiểm tra và lưu" }).click();
    const problems = page.getByTestId("import-problems");
    await problems.getByText("Không lưu gì: tệp còn lỗi").waitFor();
    await problems.getByRole("cell", { name: "Không được âm" }).waitFor();
    await problems.getByRole("cell", { name: "Không có địa bàn “quang_tri.khong_co”" }).waitFor();

    await page.locator('input[type="file"]').setInputFiles(
      csv("dung.csv", [
        [stations, "quang_tri.khe_sanh", period, "6"],
        [qualified, "quang_tri.khe_sanh", period, "3"],
      ]),
    );
    await page.getByRole("button", { name: "Kiểm tra và lưu" }).click();
    await page.getByTestId("import-result").getByText("2 giá trị được lưu").waitFor();

    // The console reads it at once: 3 of 6 stations, 50%, in the new month.
    await page.goto(`${server.url}/indicators/${encodeURIComponent("kh-29-bcd-quang-tri-2024#§II.4.b")}`);
    const latest = page.getByTestId("indicator-periods").locator("tr").last();
    await latest.getByText("3 / 6").waitFor();
    await latest.getByText("50%").waitFor();
    await page.close();
  });
});
