import { Document, Packer, Paragraph } from "docx";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/launchChromium";
import { signInAndWait as signIn } from "./support/signIn";
import { type RunningServer, startServer } from "./support/startServer";

// A plan none of the product's documents is: Thái Nguyên, 2026, leads named by headings and by a parenthesis.
const plan = `UBND TỈNH THÁI NGUYÊN

Số: 17/KH-UBND

Thái Nguyên, ngày 15 tháng 01 năm 2026

KẾ HOẠCH
Triển khai công tác cai nghiện và điều trị nghiện ma túy năm 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao hiệu quả công tác cai nghiện ma túy, quản lý sau cai nghiện.

2. Phấn đấu đến hết năm 2026, trên 70% người nghiện ma túy có hồ sơ quản lý được điều trị nghiện.

II. NHIỆM VỤ

1. Sở Y tế

- Duy trì hoạt động các cơ sở điều trị nghiện các chất dạng thuốc phiện bằng thuốc Methadone tại các trạm y tế xã trong toàn tỉnh, báo cáo kết quả trước ngày 10 hằng tháng.

- Tổ chức xác định tình trạng nghiện ma túy theo quy định tại các trạm y tế xã đủ điều kiện.

2. Công an tỉnh

- Rà soát, lập hồ sơ đưa người nghiện ma túy vào cơ sở cai nghiện bắt buộc theo quy định, thực hiện thường xuyên.

III. TỔ CHỨC THỰC HIỆN

Các cơ quan định kỳ trước ngày 15 hằng tháng báo cáo kết quả về Công an tỉnh (Cơ quan Thường trực) để tổng hợp.
`;

async function asDocx(text: string) {
  const paragraphs = text.split("\n").map((line) => new Paragraph({ text: line }));
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

describe("bringing a plan in through the web app, in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let office: Page;
  let draftUrl = "";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    office = await (await browser.newContext({ viewport: { width: 1500, height: 950 } })).newPage();
    await signIn(office, server.url, "thuongtruc");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("uploads a .docx and opens its draft beside the source, each item's words marked", async () => {
    await office.getByRole("link", { name: "Nhập văn bản mới" }).click();
    await office.locator('input[type="file"]').setInputFiles({
      name: "17-KH-UBND.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await asDocx(plan),
    });
    await office.getByTestId("intake-read").click();
    await office.waitForURL(/\/intake\/[0-9a-f-]{36}$/);
    draftUrl = office.url();
    await office.getByTestId("draft-source").waitFor();
    await office.getByText("Từ 17-KH-UBND.docx (tệp Word)").waitFor();
    // A task's row marks its words in the source.
    await office.getByTestId("draft-tasks").locator('[data-ref="§II.1-1"]').click();
    const marked = await office.locator('[data-testid="draft-source"] [data-selected]').allTextContents();
    expect(marked.join("")).toContain("Duy trì hoạt động các cơ sở điều trị nghiện");
    // Nothing can be published while points are open.
    await expect(office.getByTestId("publish-draft").isDisabled()).resolves.toBe(true);
    await expect(office.getByTestId("open-points").textContent()).resolves.toMatch(/Còn \d+ điểm/);
  });

  it("edits a task, settles every point, and publishes", async () => {
    // The Methadone task also involves the police: the reviewer adds it as coordinating.
    await office.getByRole("button", { name: "Thao tác với §II.1-1" }).click();
    await office.getByRole("menuitem", { name: "Sửa" }).click();
    const dialog = office.getByRole("dialog");
    await dialog.getByLabel("Cơ quan phối hợp").click();
    await office.getByRole("option", { name: "Công an tỉnh" }).click();
    await dialog.getByRole("button", { name: "Áp dụng" }).click();
    await expect(office.getByTestId("draft-tasks").locator('[data-ref="§II.1-1"]').textContent()).resolves.toContain(
      "Công an tỉnh",
    );
    const boxes = office.getByTestId("draft-points").getByRole("checkbox");
    for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
    await expect(office.getByTestId("open-points").textContent()).resolves.toBe("Đã xem xét hết");
    await office.getByTestId("save-draft").click();
    await office.getByTestId("draft-ready").waitFor();
    await office.getByTestId("publish-draft").click();
    await office.getByTestId("confirm-publish").click();
    await office.getByTestId("draft-published").waitFor();
    // Who settled the points is kept with them.
    await office
      .getByText(/đã xem xét, \d/)
      .first()
      .waitFor();
  });

  it("puts the tasks in the health department's workspace and the targets in the console, without a restart", async () => {
    const officer = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await signIn(officer, server.url, "yte");
    await officer.goto(`${server.url}/p/health/nhiem-vu`);
    await officer.getByText("Duy trì hoạt động các cơ sở điều trị nghiện các chất dạng thuốc phiện").first().waitFor();
    const member = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await signIn(member, server.url, "bcd");
    // The plan governs 2026; its reports are tracked from the day it was published (the default): December's
    // console reads its targets (the default period is the latest whose deadline has passed, of the older plans).
    await member.goto(`${server.url}/console?period=2026-12`);
    await member.getByTestId("indicator-states").waitFor();
    const links = await member
      .getByTestId("indicator-states")
      .locator("a")
      .evaluateAll((anchors) => anchors.map((a) => decodeURIComponent(a.getAttribute("href") ?? "")));
    expect(links.some((href) => href.includes("kh-17-kh-ubnd-thai-nguyen-2026#"))).toBe(true);
    // The document's page shows the reviewer's edit.
    await member.goto(`${server.url}/catalog/kh-17-kh-ubnd-thai-nguyen-2026`);
    await member.locator('[data-task-ref="§II.1-1"]').getByText("Công an tỉnh").first().waitFor();
  });

  it("keeps the published draft read-only", async () => {
    await office.goto(draftUrl);
    await office.getByTestId("draft-published").waitFor();
    await expect(office.getByTestId("publish-draft").count()).resolves.toBe(0);
  });
});
