import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestSmtpServer, type TestSmtpServer } from "@pcmt/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/launchChromium";
import { signInAndWait as signIn } from "./support/signIn";
import { type RunningServer, startServer } from "./support/startServer";

/** The demo's officer accounts in Thái Nguyên, by agency (each with <username>@pcmt.example as its address). */
const officerOf: Record<string, string> = {
  police: "congan",
  health: "yte",
  labour: "laodong",
  education: "giaoduc",
  industry: "congthuong",
  customs: "haiquan",
  agriculture: "nongnghiep",
};
const note = `Đề nghị gửi trước thứ Sáu (${Date.now()})`;

describe("reminders that reach people, in Chromium: from the desk to the test's SMTP server and the notification centre, once, across a restart", () => {
  let smtp: TestSmtpServer;
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let agency = "";
  const env = () => ({ PCMT_SMTP_URL: smtp.url, PCMT_PUBLIC_URL: "http://pcmt.test" });
  const newPage = async () => (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  const reminderMails = () => smtp.received.filter((m) => m.text.includes(note));

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    dataDir = mkdtempSync(join(tmpdir(), "pcmt-e2e-mail-"));
    [server, browser] = await Promise.all([startServer(env(), { dataDir }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("the office reminds an agency from its row on the desk; the reminder is logged", async () => {
    const office = await newPage();
    await signIn(office, server.url, "thuongtruc");
    await office.getByRole("link", { name: "Tiếp nhận báo cáo" }).click();
    await office.getByTestId("desk-table").waitFor();
    // This year's reports (the resolution's, due on 31 December): not sent yet, so each agency can be reminded.
    await office.goto(`${office.url().split("?")[0]}?period=${new Date().getFullYear()}`);
    await office.getByTestId("desk-table").locator("tbody tr").first().waitFor();
    const rows = office.getByTestId("desk-table").locator("tbody tr");
    for (const row of await rows.all()) {
      const code = (await row.getAttribute("data-agency")) ?? "";
      if (officerOf[code] && (await row.getByRole("button", { name: "Nhắc" }).count()) > 0) {
        agency = code;
        await row.getByRole("button", { name: "Nhắc" }).click();
        break;
      }
    }
    expect(agency).not.toBe("");
    const dialog = office.getByRole("dialog");
    await dialog.getByLabel("Lời nhắn kèm theo (không bắt buộc)").fill(note);
    await dialog.getByRole("button", { name: "Gửi lời nhắc" }).click();
    await office.getByText("Đã nhắc 1 cơ quan (1 người nhận).").waitFor();
    const log = office.getByTestId("reminder-log");
    await log.locator('tr[data-kind="manual"]').filter({ hasText: note }).waitFor();
  });

  it("arrives once in the SMTP server, addressed to the agency's officer, linking to the product", async () => {
    await smtp.waitFor(1);
    const deadline = Date.now() + 20_000;
    while (reminderMails().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const mails = reminderMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([`${officerOf[agency]}@pcmt.example`]);
    expect(mails[0]!.subject).toMatch(/^\[PCMT\] Nhắc gửi báo cáo: báo cáo /);
    expect(mails[0]!.text).toContain("http://pcmt.test/reports");
  });

  it("shows in the officer's notification centre, once", async () => {
    const officer = await newPage();
    await signIn(officer, server.url, officerOf[agency]!);
    await officer.getByTestId("notification-bell").click();
    const centre = officer.getByTestId("notification-centre");
    await centre.locator('[data-notice="reminder"]').filter({ hasText: note }).waitFor();
    await expect(centre.locator('[data-notice="reminder"]').filter({ hasText: note }).count()).resolves.toBe(1);
  });

  it("after a restart on the same data, nothing is sent again and the centre still holds it once", async () => {
    const before = smtp.received.map((m) => `${m.to.join(",")}|${m.subject}|${m.text}`);
    await server.stop();
    server = await startServer(env(), { dataDir });
    // The restarted server runs a reminder round and a delivery at once: give it time to (wrongly) resend.
    await new Promise((r) => setTimeout(r, 4000));
    expect(reminderMails()).toHaveLength(1);
    const after = smtp.received.map((m) => `${m.to.join(",")}|${m.subject}|${m.text}`);
    // Every message, the schedule's own included, arrived once.
    expect(new Set(after).size).toBe(after.length);
    expect(after.slice(0, before.length)).toEqual(before);

    const officer = await newPage();
    await signIn(officer, server.url, officerOf[agency]!);
    await officer.getByTestId("notification-bell").click();
    const centre = officer.getByTestId("notification-centre");
    await centre.locator('[data-notice="reminder"]').first().waitFor();
    await expect(centre.locator('[data-notice="reminder"]').filter({ hasText: note }).count()).resolves.toBe(1);
  });
});
