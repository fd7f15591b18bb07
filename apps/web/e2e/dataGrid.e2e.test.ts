import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/launchChromium";
import { signInAndWait as signIn } from "./support/signIn";
import { type RunningServer, startServer } from "./support/startServer";

/** This year's report of Thái Nguyên's police under the resolution (a report a year): one column per data element, one row per commune. */
const period = String(new Date().getFullYear());

/** Pastes text into the page as the browser does when a person presses Ctrl+V (what a spreadsheet copied). */
async function paste(page: Page, text: string) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", data);
    document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

const dataCell = (page: Page, row: number, column: number) =>
  page
    .locator(".dsg-container .dsg-row:not(.dsg-row-header)")
    .nth(row)
    .locator(".dsg-cell")
    .nth(column + 1);

describe("the data grid in Chromium: a block pasted from Excel, undo, totals, warnings, the unsaved-edits guard", () => {
  let server: RunningServer;
  let browser: Browser;
  let officer: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    officer = await (await browser.newContext({ viewport: { width: 1500, height: 1000 } })).newPage();
    await signIn(officer, server.url, "congan");
    await officer.getByRole("link", { name: "Báo cáo định kỳ" }).click();
    await officer.locator(`[data-period="${period}"]`).getByRole("button", { name: "Lập báo cáo" }).click();
    await officer.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    await officer.getByRole("tab", { name: "Số liệu" }).click();
    await officer.getByTestId("data-grid").waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("takes a block for every commune pasted from a spreadsheet, totals it, undoes and redoes it", async () => {
    const filled = officer.getByTestId("grid-places-filled");
    const [, total] = /^0\/(\d+) xã, phường đã nhập$/.exec((await filled.textContent()) ?? "") ?? [];
    const places = Number(total);
    expect(places).toBeGreaterThan(50);
    // Vietnamese names and units in the header, not codes.
    await expect(officer.getByTestId("grid-column-0").textContent()).resolves.not.toMatch(/[a-z]+_[a-z]+/);

    // A column as Excel copies it: one value per line, Vietnamese thousands ("1.200" is one thousand two hundred).
    const values = Array.from({ length: places }, (_, i) => (i === 0 ? "1.200" : String(i % 7)));
    const sum = 1200 + Array.from({ length: places - 1 }, (_, i) => (i + 1) % 7).reduce((a, b) => a + b, 0);
    await dataCell(officer, 0, 0).click();
    await paste(officer, `${values.join("\r\n")}\r\n`);
    await officer.getByText(`${places}/${places} xã, phường đã nhập`).waitFor();
    await expect(officer.getByTestId("grid-total-0").textContent()).resolves.toContain(
      `Tổng: ${sum.toLocaleString("vi-VN")}`,
    );
    await officer
      .getByTestId("grid-save-status")
      .filter({ hasText: `${places} ô chưa lưu` })
      .waitFor();
    // Edited cells are marked as not saved yet (blue, as the legend under the grid says).
    await expect(dataCell(officer, 0, 0).getAttribute("class")).resolves.toContain("pcmt-cell-edited");
    await expect(dataCell(officer, 0, 1).getAttribute("class")).resolves.not.toContain("pcmt-cell-edited");
    // The report's own save status says the figures are not saved, not "Đã lưu".
    await expect(officer.getByTestId("save-status").textContent()).resolves.toBe(`${places} ô chưa lưu`);

    await officer.getByRole("button", { name: "Hoàn tác" }).click();
    await officer.getByText(`0/${places} xã, phường đã nhập`).waitFor();
    await officer.getByRole("button", { name: "Làm lại" }).click();
    await officer.getByText(`${places}/${places} xã, phường đã nhập`).waitFor();
  });

  it("marks a non-number and a negative count red at once, leaves them out of the total and lists them", async () => {
    const places = Number(/\/(\d+) /.exec((await officer.getByTestId("grid-places-filled").textContent()) ?? "")?.[1]);
    const total = officer.getByTestId("grid-total-0");
    const before = (await total.textContent()) ?? "";
    const sum = Number(/^Tổng: ([\d.]+)/.exec(before)?.[1]?.replace(/\./g, ""));
    await dataCell(officer, 1, 0).click();
    await officer.keyboard.type("-5");
    await officer.keyboard.press("Enter");
    await dataCell(officer, 2, 0).click();
    await officer.keyboard.type("abc");
    await officer.keyboard.press("Enter");
    const invalid = officer.getByTestId("grid-invalid");
    await invalid.getByText(/“-5” — Không được âm/).waitFor();
    await invalid.getByText(/“abc”/).waitFor();
    await expect(dataCell(officer, 1, 0).getAttribute("class")).resolves.toContain("pcmt-cell-invalid");
    await expect(dataCell(officer, 2, 0).getAttribute("class")).resolves.toContain("pcmt-cell-invalid");
    // The column's values were 1 and 2 in those communes: neither -5 nor the text is counted.
    await expect(total.textContent()).resolves.toBe(
      `Tổng: ${(sum - 3).toLocaleString("vi-VN")} · ${places - 2}/${places} ô`,
    );
    await expect(officer.getByRole("button", { name: "Lưu số liệu" }).isDisabled()).resolves.toBe(true);

    await officer.getByRole("button", { name: "Hoàn tác" }).click();
    await officer.getByRole("button", { name: "Hoàn tác" }).click();
    await invalid.waitFor({ state: "hidden" });
    await expect(total.textContent()).resolves.toBe(before);
    await expect(dataCell(officer, 1, 0).getAttribute("class")).resolves.toContain("pcmt-cell-edited");
  });

  it("asks before leaving with unsaved figures, and stays when told to", async () => {
    await officer.getByRole("link", { name: "Báo cáo định kỳ", exact: true }).click();
    const dialog = officer.getByRole("dialog", { name: "Rời trang khi chưa lưu?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Ở lại để lưu" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(officer.url()).toMatch(/\/reports\/[0-9a-f-]{36}$/);
  });

  it("saves every pasted value; the figures come back from the server after a reload", async () => {
    const places = Number(/\/(\d+) /.exec((await officer.getByTestId("grid-places-filled").textContent()) ?? "")?.[1]);
    await officer.getByRole("button", { name: "Lưu số liệu" }).click();
    // 1.200 in the first commune, where the others report 0 to 6, is kept and flagged.
    await officer.getByText(`Đã lưu ${places} ô số liệu; 1 ô có cảnh báo, hãy kiểm tra lại.`).waitFor();
    await officer.getByTestId("grid-save-status").filter({ hasText: "Số liệu đã lưu" }).waitFor();
    await officer.reload();
    await officer.getByRole("tab", { name: "Số liệu" }).click();
    await officer.getByText(`${places}/${places} xã, phường đã nhập`).waitFor();
    await expect(officer.getByTestId("grid-total-0").textContent()).resolves.toMatch(/^Tổng: 1\.\d{3}/);
  });

  it("keeps a value far from the other communes' with a warning, shown with the cell and before sending", async () => {
    await dataCell(officer, 3, 0).click();
    await officer.keyboard.type("1234567");
    await officer.keyboard.press("Enter");
    await officer.getByTestId("grid-save-status").filter({ hasText: "1 ô chưa lưu" }).waitFor();
    await officer.getByRole("button", { name: "Lưu số liệu" }).click();
    await officer.getByText("Đã lưu 1 ô số liệu; 1 ô có cảnh báo, hãy kiểm tra lại.").waitFor();
    await dataCell(officer, 3, 0).click();
    await officer.getByTestId("cell-details").getByText("Giá trị: 1.234.567").waitFor();
    await officer
      .getByTestId("cell-warnings")
      .getByText(/Cao gấp nhiều lần các địa bàn khác của tỉnh/)
      .waitFor();

    await officer.getByRole("tab", { name: "Nội dung" }).click();
    await officer.getByRole("button", { name: "Gửi báo cáo" }).click();
    await officer
      .getByTestId("submit-check-warnings")
      .getByText(/2 ô số liệu có cảnh báo/)
      .waitFor();
    await officer.getByTestId("submit-check").getByRole("button", { name: "Xác nhận gửi" }).click();
    await officer.locator('[data-state="submitted"]').first().waitFor();
  });

  it("the office comments on that cell and returns the report; the officer sees the comment in place, corrects and answers", async () => {
    const office = await (await browser.newContext({ viewport: { width: 1500, height: 1000 } })).newPage();
    await signIn(office, server.url, "thuongtruc");
    await office.goto(officer.url());
    await office.getByRole("tab", { name: /Số liệu/ }).click();
    await dataCell(office, 3, 0).click();
    const details = office.getByTestId("cell-details");
    await details.getByRole("button", { name: "Góp ý" }).click();
    await details.getByLabel("Góp ý cho cơ quan").fill("Số liệu xã này cao bất thường, đề nghị kiểm tra lại.");
    await details.getByRole("button", { name: "Gửi góp ý" }).click();
    await details.getByText("Số liệu xã này cao bất thường, đề nghị kiểm tra lại.").waitFor();
    await office.getByRole("button", { name: "Trả lại" }).click();
    await office.getByLabel("Lý do trả lại").fill("Xem góp ý ở thẻ Số liệu");
    await office.getByRole("dialog").getByRole("button", { name: "Trả lại" }).click();
    await office.locator('[data-state="returned"]').first().waitFor();

    await officer.reload();
    // The tab says a comment waits there; the cell carries its mark and, selected, the thread.
    await expect(officer.getByTestId("open-comments-cell").textContent()).resolves.toBe("1");
    await officer.getByRole("tab", { name: /Số liệu/ }).click();
    await expect(dataCell(officer, 3, 0).getAttribute("class")).resolves.toContain("pcmt-cell-commented");
    await dataCell(officer, 3, 0).click();
    const mine = officer.getByTestId("cell-details");
    await mine.getByText("Số liệu xã này cao bất thường, đề nghị kiểm tra lại.").waitFor();
    await officer.keyboard.type("12");
    await officer.keyboard.press("Enter");
    await officer.getByRole("button", { name: "Lưu số liệu" }).click();
    await officer.getByText("Đã lưu 1 ô số liệu.").waitFor();
    await dataCell(officer, 3, 0).click();
    await mine.getByLabel("Trả lời").fill("Đã kiểm tra: 12 điểm, gõ nhầm.");
    await mine.getByRole("button", { name: "Trả lời" }).click();
    await mine.getByText("Đã kiểm tra: 12 điểm, gõ nhầm.").waitFor();
    await mine.getByText("Đã thay đổi từ khi góp ý: 1.234.567 → 12").waitFor();

    // The office sees the answer and the change beside its comment.
    await office.reload();
    await office.getByRole("tab", { name: /Số liệu/ }).click();
    await dataCell(office, 3, 0).click();
    await office.getByTestId("cell-details").getByText("Đã kiểm tra: 12 điểm, gõ nhầm.").waitFor();
    await office.getByTestId("cell-details").getByText("Đã thay đổi từ khi góp ý: 1.234.567 → 12").waitFor();

    // Sent again, the versions tab compares the numbers of the two submissions.
    await officer.getByRole("tab", { name: /Nội dung/ }).click();
    await officer.getByRole("button", { name: "Gửi lại báo cáo" }).click();
    await officer.getByTestId("submit-check").getByRole("button", { name: "Xác nhận gửi" }).click();
    await officer.locator('[data-state="submitted"]').first().waitFor();
    await officer.getByRole("tab", { name: /Các lần gửi/ }).click();
    const figures = officer.getByTestId("versions-figures");
    await figures.getByText("1 ô số liệu khác nhau").waitFor();
    await expect(figures.locator("tbody tr").first().textContent()).resolves.toMatch(/1\.234\.56712$/);
  });
});
