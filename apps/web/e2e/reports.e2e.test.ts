import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/launchChromium";
import { signInAndWait as signIn } from "./support/signIn";
import { watchCsp } from "./support/watchCsp";
import { type RunningServer, startServer } from "./support/startServer";

/**
 * This year's report under Thái Nguyên's resolution of 29/12/2025 (it governs with no end and sets no reporting
 * clause: a report a year, due on 31 December): the period has begun and its deadline has not passed, so sending it
 * now is on time.
 */
const period = String(new Date().getFullYear());

describe("the reporting loop in Chromium (Thái Nguyên, the resolution's yearly report)", () => {
  let server: RunningServer;
  let browser: Browser;
  let officer: Page;
  let office: Page;
  let reportUrl: string;
  let cspLogs: string[][] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    officer = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    office = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    cspLogs = [watchCsp(officer), watchCsp(office)];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("an officer fills the report, its value grid and an attachment, and submits it", async () => {
    await signIn(officer, server.url, "congan");
    await officer.getByRole("link", { name: "Báo cáo định kỳ" }).click();
    const row = officer.locator(`[data-period="${period}"]`);
    await row.getByRole("button", { name: "Lập báo cáo" }).click();
    await officer.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    reportUrl = officer.url();

    const firstTask = officer.locator("[data-task]").first();
    // Each task says whether the agency leads it or coordinates it, and its deadline as a rule, not a quotation.
    await expect(firstTask.locator("[data-role]").textContent()).resolves.toMatch(/^(Chủ trì|Phối hợp)$/);
    for (const badge of await officer.getByTestId("task-deadline").allTextContents())
      expect(badge).toMatch(/^(Trước|Đến|Thường xuyên|Hằng|Định kỳ)/);
    await firstTask.getByText("Đang thực hiện", { exact: true }).click();
    await firstTask.getByRole("textbox").fill("Đã tập huấn rà soát điểm, tụ điểm cho công an 92 xã, phường.");
    await officer
      .getByTestId("save-status")
      .filter({ hasText: /^Đã lưu/ })
      .waitFor();

    await officer
      .locator("input[type=file]")
      .first()
      .setInputFiles({
        name: "bien-ban-tap-huan.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4 biên bản"),
      });
    await officer.getByTestId("evidence-link").filter({ hasText: "bien-ban-tap-huan.pdf" }).waitFor();

    await officer.getByRole("tab", { name: "Số liệu" }).click();
    const grid = officer.getByTestId("data-grid");
    await grid.waitFor();
    // The police's data element of the resolution (new places harbouring drug use) for today's communes.
    await grid.locator(".dsg-row:not(.dsg-row-header)").first().locator(".dsg-cell").nth(1).click();
    await officer.keyboard.type("1");
    await officer.keyboard.press("Enter");
    await officer.getByRole("button", { name: "Lưu số liệu" }).click();
    await officer.getByText(/Đã lưu \d+ ô số liệu/).waitFor();

    await officer.getByRole("tab", { name: "Nội dung" }).click();
    await officer.getByRole("button", { name: "Gửi báo cáo" }).click();
    // The check before sending: what is still empty, then a confirmation.
    const check = officer.getByTestId("submit-check");
    await check.getByText(/nhiệm vụ chưa có nội dung kết quả/).waitFor();
    await check.getByText(/Số liệu: 1\/\d+ địa bàn đã nhập/).waitFor();
    await check.getByText("1 tệp minh chứng đính kèm").waitFor();
    await check.getByRole("button", { name: "Xác nhận gửi" }).click();
    await officer.locator('[data-state="submitted"]').first().waitFor();
    await expect(officer.locator('[data-timeliness="on_time"]').first().isVisible()).resolves.toBe(true);
  });

  it("the standing office returns it with a reason", async () => {
    await signIn(office, server.url, "thuongtruc");
    await office.goto(`${server.url}/desk?period=${period}`);
    const row = office.getByTestId("desk-table").locator('[data-agency="police"]');
    await row.locator('[data-state="submitted"]').waitFor();
    await row.getByRole("link", { name: "Xem xét" }).click();
    await office.getByRole("button", { name: "Trả lại" }).click();
    await office.getByLabel("Lý do trả lại").fill("Bổ sung kết quả rà soát của phường Tân Cương");
    await office.getByRole("dialog").getByRole("button", { name: "Trả lại" }).click();
    await office.locator('[data-state="returned"]').first().waitFor();
  });

  it("the officer sees the reason, corrects and resubmits; the office accepts; it stays on time", async () => {
    await officer.goto(reportUrl);
    await expect(officer.getByTestId("return-reason").textContent()).resolves.toContain(
      "Bổ sung kết quả rà soát của phường Tân Cương",
    );
    await officer
      .locator("[data-task]")
      .first()
      .getByRole("textbox")
      .fill("Đã bổ sung: 92/92 xã, phường đã rà soát, trong đó Tân Cương 1 điểm.");
    await officer
      .getByTestId("save-status")
      .filter({ hasText: /^Đã lưu/ })
      .waitFor();
    await officer.getByRole("button", { name: "Gửi lại báo cáo" }).click();
    await officer.getByTestId("submit-check").getByRole("button", { name: "Xác nhận gửi" }).click();
    await officer.locator('[data-state="submitted"]').first().waitFor();

    await office.reload();
    await office.getByRole("button", { name: "Tiếp nhận" }).click();
    await office.locator('[data-state="accepted"]').first().waitFor();
    await office.getByRole("tab", { name: /Các lần gửi/ }).click();
    // The two submitted versions side by side: the first narrative and the corrected one.
    const versions = office.getByRole("tabpanel");
    await versions.getByText("Đã tập huấn rà soát điểm, tụ điểm", { exact: false }).first().waitFor();
    await versions.getByText("Đã bổ sung: 92/92 xã, phường", { exact: false }).first().waitFor();
    // The history in sentences, the grid's save included.
    await office.getByRole("tab", { name: "Lịch sử thay đổi" }).click();
    const history = office.getByTestId("report-history");
    await history.getByText(/gửi báo cáo tới cơ quan thường trực \(lần 2\)/).waitFor();
    await history.getByText(/lưu 1 ô số liệu/).waitFor();
    await history.getByText(/Lý do: “Bổ sung kết quả rà soát của phường Tân Cương”/).waitFor();
    await expect(history.getByText("{").count()).resolves.toBe(0);

    await office.goto(`${server.url}/desk?period=${period}`);
    const row = office.getByTestId("desk-table").locator('[data-agency="police"]');
    await row.locator('[data-state="accepted"]').waitFor();
    await expect(row.locator("[data-timeliness]").getAttribute("data-timeliness")).resolves.toBe("on_time");
    // From the document, the task's progress for the agency leads back to the report that carries it.
    await office.goto(reportUrl);
    await office.locator("[data-task]").first().getByRole("link").first().click();
    await office.waitForURL(/\/catalog\//);
    const progressLink = office
      .getByTestId("task-progress")
      .getByRole("link", { name: /^Công an tỉnh: / })
      .first();
    await progressLink.waitFor();
    await progressLink.click();
    await office.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    await office.getByRole("heading", { name: /— Công an tỉnh$/ }).waitFor();
    // The agency's page: its tasks across documents with where each stands in the province's reports.
    await office.goto(`${server.url}/agencies/police`);
    await office.getByTestId("task-state").first().waitFor();
    // Report page, grid, evidence upload, desk, document: all under the Content-Security-Policy.
    expect(cspLogs.flat()).toEqual([]);
  });
});
