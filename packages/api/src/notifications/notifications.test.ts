import type { Actor } from "@pcmt/domain";
import { startTestSmtpServer, type TestSmtpServer, testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, createApiTestHarness } from "../testing/apiTestHarness";
import { deliverPendingEmails } from "./emailOutbox";
import { createSmtpMailer } from "./mailer";
import { runReminderRound } from "./scheduledReminders";

const health: Actor = {
  userId: crypto.randomUUID(),
  username: "yte.qt",
  displayName: "Y tế QT",
  role: "agency_officer",
  agencyCode: "health",
  provinceCode: "quang_tri",
};
const health2: Actor = { ...health, userId: crypto.randomUUID(), username: "yte2.qt", displayName: "Y tế QT 2" };
const office: Actor = {
  ...health,
  userId: crypto.randomUUID(),
  username: "vp.qt",
  displayName: "Văn phòng QT",
  role: "standing_office",
  agencyCode: null,
};

describe.each(testEngines)(
  "notifications, the reminder schedule and e-mail through a real SMTP server (%s)",
  (engine) => {
    let api: ApiTestHarness;
    let smtp: TestSmtpServer;
    const mailer = () => createSmtpMailer({ url: smtp.url, from: "PCMT <pcmt@example.vn>" });

    beforeAll(async () => {
      [api, smtp] = await Promise.all([createApiTestHarness(engine), startTestSmtpServer()]);
      await api.registerUsers(health, health2, office);
      await api.db.updateTable("users").set({ email: "yte.qt@example.vn" }).where("id", "=", health.userId).execute();
      await api.db.updateTable("users").set({ email: "vp.qt@example.vn" }).where("id", "=", office.userId).execute();
    });
    afterAll(async () => {
      await api.close();
      await smtp.stop();
    });

    it("reminds three days before the deadline, once however often the schedule runs, and e-mails it", async () => {
      // Quảng Trị's plan: monthly reports before the 17th, so May 2024 is due on 16/5.
      const first = await runReminderRound(api.db, "2024-05-13");
      expect(first.sent).toContainEqual({
        provinceCode: "quang_tri",
        agencyCode: "health",
        period: "2024-05",
        kind: "before",
        recipients: 2,
      });
      const again = await runReminderRound(api.db, "2024-05-13");
      expect(again.sent.filter((s) => s.agencyCode === "health" && s.provinceCode === "quang_tri")).toEqual([]);
      // The next day is still "before": already sent.
      expect(
        (await runReminderRound(api.db, "2024-05-14")).sent.filter(
          (s) => s.agencyCode === "health" && s.provinceCode === "quang_tri",
        ),
      ).toEqual([]);

      const centre = await api.as(health).notifications.mine();
      expect(centre.unread).toBe(1);
      expect(centre.items[0]).toMatchObject({
        kind: "due_soon",
        params: { period: "2024-05", agencyCode: "health", dueDate: "2024-05-16", daysToDue: 3 },
      });
      expect((await api.as(health2).notifications.mine()).unread).toBe(1);

      const delivered = await deliverPendingEmails(api.db, mailer(), { publicUrl: "https://pcmt.example.vn/" });
      expect(delivered.sent).toBeGreaterThanOrEqual(1);
      const mail = (await smtp.waitFor(1)).filter((m) => m.to.includes("yte.qt@example.vn"));
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toBe("[PCMT] Sắp đến hạn báo cáo: báo cáo tháng 5/2024 của Sở Y tế");
      expect(mail[0]!.text).toContain("Còn 3 ngày đến hạn gửi báo cáo tháng 5/2024 của Sở Y tế (hạn 16/05/2024).");
      expect(mail[0]!.text).toContain("https://pcmt.example.vn/reports");
      // Delivered once: a second delivery finds nothing to send.
      expect((await deliverPendingEmails(api.db, mailer())).sent).toBe(0);
      expect(smtp.received.filter((m) => m.to.includes("yte.qt@example.vn"))).toHaveLength(1);
    });

    it("reminds on the day, not about a report already sent", async () => {
      const onDay = await runReminderRound(api.db, "2024-05-16");
      expect(onDay.sent).toContainEqual(
        expect.objectContaining({ agencyCode: "health", period: "2024-05", kind: "on" }),
      );
      const report = await api.as(health).reports.open({ period: "2024-06" });
      await api.as(health).reports.submit({ reportId: report.id, expectedVersion: report.version });
      const june = await runReminderRound(api.db, "2024-06-13");
      expect(june.sent.some((s) => s.provinceCode === "quang_tri" && s.agencyCode === "health")).toBe(false);
      expect(
        june.sent.some((s) => s.provinceCode === "quang_tri" && s.agencyCode === "police" && s.kind === "before"),
      ).toBe(true);
    });

    it("lets the office remind one agency, or every late one, and logs each reminder with how it reached people", async () => {
      const one = await api
        .as(office)
        .notifications.remind({ period: "2024-04", agencyCodes: ["health"], note: "Đề nghị gửi trước thứ Sáu" });
      expect(one.reminded).toEqual([{ agencyCode: "health", recipients: 2 }]);
      const centre = await api.as(health).notifications.mine();
      expect(centre.items[0]).toMatchObject({
        kind: "reminder",
        params: { period: "2024-04", note: "Đề nghị gửi trước thứ Sáu" },
      });

      const all = await api.as(office).notifications.remind({ period: "2024-04" });
      expect(all.reminded.length).toBeGreaterThan(1);
      expect(all.reminded.map((r) => r.agencyCode)).toContain("police");

      await expect(
        api.as(office).notifications.remind({ period: "2024-06", agencyCodes: ["health"] }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("đã được gửi") });
      await expect(
        api.as(office).notifications.remind({ period: "2024-04", agencyCodes: ["khong_co"] }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(api.as(health).notifications.remind({ period: "2024-04" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });

      await deliverPendingEmails(api.db, mailer());
      const log = await api.as(office).notifications.reminderLog({ period: "2024-04" });
      const manual = log.filter((l) => l.agencyCode === "health" && l.kind === "manual");
      expect(manual).toHaveLength(2);
      expect(manual.at(-1)).toMatchObject({
        sentBy: "Văn phòng QT",
        recipients: 2,
        note: "Đề nghị gửi trước thứ Sáu",
        emailsSent: 1,
        emailsPending: 0,
      });
      const mail = smtp.received.filter((m) =>
        m.subject.startsWith("[PCMT] Nhắc gửi báo cáo: báo cáo tháng 4/2024 của Sở Y tế"),
      );
      expect(mail).toHaveLength(2);
      expect(mail.filter((m) => m.text.includes("Lời nhắn: “Đề nghị gửi trước thứ Sáu”"))).toHaveLength(1);
    });

    it("tells the agency when its report is returned or accepted, and the office when the agency answers a comment", async () => {
      const report = await api.as(health).reports.open({ period: "2024-07" });
      await api.as(health).reports.submit({ reportId: report.id, expectedVersion: report.version });
      await api.as(office).reports.review({ reportId: report.id, decision: "return", reason: "Bổ sung số liệu xã" });
      expect((await api.as(health).notifications.mine()).items[0]).toMatchObject({
        kind: "returned",
        reportId: report.id,
        params: { reason: "Bổ sung số liệu xã" },
      });

      const thread = await api.as(office).comments.open({
        reportId: report.id,
        target: { kind: "task", taskId: report.items[0]!.taskId },
        body: "Ghi rõ số xã",
      });
      expect((await api.as(health2).notifications.mine()).items[0]).toMatchObject({
        kind: "commented",
        params: { target: report.items[0]!.ref },
      });
      await api.as(health).comments.reply({ reportId: report.id, threadId: thread.id, body: "Đã bổ sung" });
      expect((await api.as(office).notifications.mine()).items[0]).toMatchObject({
        kind: "replied",
        params: { by: "Y tế QT" },
      });
      // The one who answered is not told of their own answer.
      expect((await api.as(health).notifications.mine()).items[0]!.kind).not.toBe("replied");
    });

    it("marks only the reader's own notifications read", async () => {
      const theirs = (await api.as(office).notifications.mine()).items.map((i) => i.id);
      expect((await api.as(health).notifications.markRead({ ids: theirs })).marked).toBe(0);
      await api.as(health).notifications.markRead({});
      expect((await api.as(health).notifications.mine()).unread).toBe(0);
      expect((await api.as(office).notifications.mine()).unread).toBeGreaterThan(0);
    });

    it("retries a message the mail server refuses, and marks messages skipped when no mail server is configured", async () => {
      await deliverPendingEmails(api.db, mailer());
      await api.as(office).notifications.remind({ period: "2024-03", agencyCodes: ["health"] });
      const down = createSmtpMailer({ url: "smtp://127.0.0.1:9", from: "pcmt@example.vn" });
      const failed = await deliverPendingEmails(api.db, down);
      expect(failed).toMatchObject({ sent: 0, retrying: 1 });
      const row = await api.db
        .selectFrom("email_outbox")
        .select(["status", "attempts", "last_error"])
        .where("status", "=", "pending")
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: "pending", attempts: 1, last_error: expect.any(String) });
      expect((await deliverPendingEmails(api.db, null)).skipped).toBe(1);
      const log = await api.as(office).notifications.reminderLog({ period: "2024-03" });
      expect(log[0]).toMatchObject({ emailsSent: 0, emailsPending: 0, emailsUnsent: 1 });
    });
  },
);
