import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/launchChromium";
import { signInAndWait as signIn } from "./support/signIn";
import { watchCsp } from "./support/watchCsp";
import { type RunningServer, startServer } from "./support/startServer";

/** A month counted from this one: this month has begun (values may be entered), the one after next has not. */
function monthAhead(months: number): string {
  const now = new Date();
  const month = new Date(now.getFullYear(), now.getMonth() + months, 1);
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, "0")}`;
}

describe("the committee's console and the bulk import in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  // The standing office's figures of Thái Nguyên's resolution: communes recognised drug-free, of all communes.
  const period = monthAhead(0);
  const communes = "nq-tu-thai-nguyen-tinh-khong-ma-tuy#total_communes";
  const drugFree = "nq-tu-thai-nguyen-tinh-khong-ma-tuy#drug_free_communes";
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
    const violations = watchCsp(page);
    await signIn(page, server.url, "admin");
    await page.goto(`${server.url}/console`);
    // Thái Nguyên's resolution sets phases for the drug-free communes: the roadmap shows where the province stands.
    await page.goto(`${server.url}/console?province=thai_nguyen`);
    const roadmap = page
      .getByTestId("roadmaps")
      .locator(".mantine-Card-root", { hasText: "Tỷ lệ xã, phường không ma túy" });
    await roadmap.getByText(/Hiện đạt \d/).waitFor();
    await roadmap.getByText(/≥ 25% đến năm 2026/).waitFor();
    const national = page.getByTestId("national-overview");
    await national.getByRole("link", { name: "Quảng Trị" }).click();
    await page.waitForURL(/province=quang_tri/);
    // The plan of 2024 has ended: the console reads its last period due and says what each figure is made of.
    await page.getByTestId("document-progress").getByText("29/KH-BCĐ").waitFor();
    await page
      .getByTestId("document-progress")
      .getByText(/đã kết thúc/)
      .waitFor();
    await expect(page.getByTestId("console-period").inputValue()).resolves.toBe("Tháng 12/2024");
    const stationsRow = page
      .getByTestId("indicator-states")
      .locator("tr", { hasText: "Tỷ lệ cơ sở y tế cấp xã đủ điều kiện xác định tình trạng nghiện" });
    await stationsRow
      .getByTestId("indicator-completeness")
      .getByText(/^\d+\/10 huyện$/)
      .waitFor();
    await stationsRow.getByRole("link").click();
    await page.waitForURL(/\/indicators\//);
    // Values per period for the province, with how many places each is made of.
    await page
      .getByTestId("indicator-periods")
      .getByText(/\/10 địa bàn/)
      .first()
      .waitFor();
    // The whole walk ran under the server's Content-Security-Policy.
    expect(violations).toEqual([]);
    await page.close();
  });

  it("lets the standing office import a file: every error by row first, nothing stored; then the values, visible at once", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    const violations = watchCsp(page);
    await signIn(page, server.url, "thuongtruc");
    await page.getByRole("link", { name: "Nhập số liệu hàng loạt" }).click();
    await page.locator('input[type="file"]').setInputFiles(
      csv("loi.csv", [
        [communes, "thai_nguyen.tan_cuong", period, "1"],
        [drugFree, "thai_nguyen.tan_cuong", period, "-1"],
        [communes, "thai_nguyen.khong_co", period, "1"],
        [communes, "thai_nguyen.dai_phuc", monthAhead(2), "1"],
      ]),
    );
    await page.getByRole("button", { name: "Kiểm tra và lưu" }).click();
    const problems = page.getByTestId("import-problems");
    await problems.getByText("Không lưu gì: tệp còn lỗi").waitFor();
    await problems.getByRole("cell", { name: "Không được âm" }).waitFor();
    await problems.getByRole("cell", { name: "Không có địa bàn “thai_nguyen.khong_co”" }).waitFor();
    await problems.getByRole("cell", { name: `Kỳ ${monthAhead(2)} chưa bắt đầu: chưa nhập được số liệu` }).waitFor();

    await page.locator('input[type="file"]').setInputFiles(
      csv("dung.csv", [
        [communes, "thai_nguyen.tan_cuong", period, "1"],
        [drugFree, "thai_nguyen.tan_cuong", period, "1"],
        [communes, "thai_nguyen.dai_phuc", period, "1"],
        [drugFree, "thai_nguyen.dai_phuc", period, "0"],
      ]),
    );
    await page.getByRole("button", { name: "Kiểm tra và lưu" }).click();
    await page.getByTestId("import-result").getByText("4 giá trị được lưu").waitFor();

    // The drill-down reads it at once: 1 of 2 communes, 50%, this month — made of 2 of Thái Nguyên's 92 communes.
    await page.goto(
      `${server.url}/indicators/${encodeURIComponent("nq-tu-thai-nguyen-tinh-khong-ma-tuy#§II.2.2-1.t1")}`,
    );
    const latest = page.getByTestId("indicator-periods").locator("tr").last();
    await latest.getByText("1 / 2").waitFor();
    await latest.getByText("50%").waitFor();
    await latest.getByText("2/92 địa bàn").waitFor();
    await page
      .getByTestId("indicator-missing")
      .getByText(/Chưa báo cáo \(90 xã\)/)
      .waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});
