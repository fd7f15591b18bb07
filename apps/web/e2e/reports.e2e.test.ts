import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/launchChromium";
import { signInAndWait as signIn } from "./support/signIn";
import { type RunningServer, startServer } from "./support/startServer";

/** The next monthly period whose due date (the 16th, "trước ngày 17") has not passed: sending it now is on time. */
function nextOpenMonth(): string {
  const now = new Date();
  const month = now.getDate() <= 16 ? now : new Date(now.getFullYear(), now.getMonth() + 1, 1);
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, "0")}`;
}

describe("the monthly reporting loop in Chromium (Quảng Trị, 29/KH-BCĐ)", () => {
  let server: RunningServer;
  let browser: Browser;
  let officer: Page;
  let office: Page;
  let reportUrl: string;
  const period = nextOpenMonth();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    officer = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    office = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("an officer fills the monthly report, its value grid and an attachment, and submits it", async () => {
    await signIn(officer, server.url, "yte.qt");
    await officer.getByRole("link", { name: "Báo cáo định kỳ" }).click();
    const row = officer.locator(`[data-period="${period}"]`);
    await row.getByRole("button", { name: "Lập báo cáo" }).click();
    await officer.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    reportUrl = officer.url();

    const firstTask = officer.locator("[data-task]").first();
    await firstTask.getByText("Đang thực hiện", { exact: true }).click();
    await firstTask.getByRole("textbox").fill("Đã tập huấn xác định tình trạng nghiện cho 12 trạm y tế xã.");
    await officer.getByTestId("save-status").filter({ hasText: /^Đã lưu/ }).waitFor();

    await officer.locator("input[type=file]").first().setInputFiles({ name: "bien-ban-tap-huan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 biên bản") });
    await officer.getByTestId("evidence-link").filter({ hasText: "bien-ban-tap-huan.pdf" }).waitFor();

    await officer.getByRole("tab", { name: "Số liệu" }).click();
    const grid = officer.getByTestId("data-grid");
    await grid.waitFor();
    // Health's data elements of 29/KH-BCĐ for the communes of Quảng Trị (the period is after 1/7/2025).
    const firstRow = grid.locator("tbody tr").first().locator("input");
    await firstRow.nth(0).fill("5");
    await firstRow.nth(1).fill("6");
    await officer.getByRole("button", { name: "Lưu số liệu" }).click();
    await officer.getByText(/Đã lưu \d+ ô số liệu/).waitFor();

    await officer.getByRole("tab", { name: "Nội dung" }).click();
    await officer.getByRole("button", { name: "Gửi báo cáo" }).click();
    await officer.locator('[data-state="submitted"]').first().waitFor();
    await expect(officer.locator('[data-timeliness="on_time"]').first().isVisible()).resolves.toBe(true);
  });

  it("the standing office returns it with a reason", async () => {
    await signIn(office, server.url, "thuongtruc.qt");
    await office.goto(`${server.url}/desk?period=${period}`);
    const row = office.getByTestId("desk-table").locator('[data-agency="health"]');
    await row.locator('[data-state="submitted"]').waitFor();
    await row.getByRole("link", { name: "Xem xét" }).click();
    await office.getByRole("button", { name: "Trả lại" }).click();
    await office.getByLabel("Lý do trả lại").fill("Bổ sung số liệu trạm y tế xã Khe Sanh");
    await office.getByRole("dialog").getByRole("button", { name: "Trả lại" }).click();
    await office.locator('[data-state="returned"]').first().waitFor();
  });

  it("the officer sees the reason, corrects and resubmits; the office accepts; it stays on time", async () => {
    await officer.goto(reportUrl);
    await expect(officer.getByTestId("return-reason").textContent()).resolves.toContain("Bổ sung số liệu trạm y tế xã Khe Sanh");
    await officer.locator("[data-task]").first().getByRole("textbox").fill("Đã bổ sung: 12/12 trạm y tế xã, trong đó Khe Sanh 2 trạm.");
    await officer.getByTestId("save-status").filter({ hasText: /^Đã lưu/ }).waitFor();
    await officer.getByRole("button", { name: "Gửi lại báo cáo" }).click();
    await officer.locator('[data-state="submitted"]').first().waitFor();

    await office.reload();
    await office.getByRole("button", { name: "Tiếp nhận" }).click();
    await office.locator('[data-state="accepted"]').first().waitFor();
    await office.getByRole("tab", { name: /Các lần gửi/ }).click();
    // The two submitted versions side by side: the first narrative and the corrected one.
    const versions = office.getByRole("tabpanel");
    await versions.getByText("Đã tập huấn xác định tình trạng nghiện", { exact: false }).first().waitFor();
    await versions.getByText("Đã bổ sung: 12/12 trạm y tế xã", { exact: false }).first().waitFor();

    await office.goto(`${server.url}/desk?period=${period}`);
    const row = office.getByTestId("desk-table").locator('[data-agency="health"]');
    await row.locator('[data-state="accepted"]').waitFor();
    await expect(row.locator("[data-timeliness]").getAttribute("data-timeliness")).resolves.toBe("on_time");
  });
});
