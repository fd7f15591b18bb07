import { mustChangePasswordMessage } from "@pcmt/plugin-sdk";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, type CookieJar, createApiTestHarness } from "../testing/apiTestHarness";
import { createFileUploads } from "../uploads/fileUploads";
import { authorizeUpload } from "../uploads/fileUpload";
import { createUser } from "../users/createUser";
import { judgePassword } from "./passwordStrength";

const adminPassword = "quan-tri-vien-tinh-2026";
const firstPassword = "Tam thoi: doi ngay hom nay";
const ownPassword = "cây tre làng tôi xanh mãi";

const jar = (): CookieJar => ({ token: null, expiresAt: null });

describe("password strength", () => {
  it("refuses what an attacker tries first, with the reason in Vietnamese, and accepts a long phrase", () => {
    expect(judgePassword("aaaaaaaaaa")).toMatchObject({ ok: false, message: expect.stringContaining("Ký tự lặp lại") });
    expect(judgePassword("1234567890")).toMatchObject({
      ok: false,
      message: expect.stringContaining("Mật khẩu quá dễ đoán"),
    });
    expect(judgePassword("canbo.yte.quangtri", ["canbo.yte.quangtri", "Cán bộ Y tế"])).toMatchObject({
      ok: false,
      message: expect.stringContaining("Không dùng tên đăng nhập"),
    });
    expect(judgePassword("matkhau2026")).toMatchObject({ ok: false });
    expect(judgePassword("ngắn")).toEqual({ ok: false, score: 0, message: "Mật khẩu cần ít nhất 10 ký tự." });
    expect(judgePassword(ownPassword)).toMatchObject({ ok: true });
  });
});

describe.each(testEngines)("passwords and sessions a person manages, on %s", (engine) => {
  let api: ApiTestHarness;
  let admin: Awaited<ReturnType<ApiTestHarness["withCookies"]>>;
  let officerId: string;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
    await createUser(api.db, { username: "quantri", displayName: "Quản trị", password: adminPassword, role: "admin" });
    const adminJar = jar();
    await (await api.withCookies(adminJar, "10.2.0.1")).auth.signIn({ username: "quantri", password: adminPassword });
    admin = await api.withCookies(adminJar, "10.2.0.1");
  });
  afterAll(() => api.close());

  const auditOf = (action: string) =>
    api.db
      .selectFrom("audit_log")
      .select(["entity_id", "after", "actor_user_id"])
      .where("action", "=", action)
      .execute();

  it("refuses a weak password for a new account, saying why, and creates none", async () => {
    for (const password of ["aaaaaaaaaa", "1234567890", "canbo.yte.qt"]) {
      await expect(
        admin.users.create({
          username: "canbo.yte.qt",
          displayName: "Cán bộ Y tế",
          password,
          role: "agency_officer",
          agencyCode: "health",
          provinceCode: "quang_tri",
        }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringMatching(/^Mật khẩu quá dễ đoán\./),
      });
    }
    expect(await api.db.selectFrom("users").select("id").where("username", "=", "canbo.yte.qt").execute()).toEqual([]);
  });

  it("makes a user whose password an administrator set change it before anything else, then lets them work", async () => {
    officerId = (
      await admin.users.create({
        username: "canbo.yte.qt",
        displayName: "Cán bộ Y tế",
        password: firstPassword,
        role: "agency_officer",
        agencyCode: "health",
        provinceCode: "quang_tri",
      })
    ).id;
    const officerJar = jar();
    expect(
      await (
        await api.withCookies(officerJar, "10.2.0.2")
      ).auth.signIn({ username: "canbo.yte.qt", password: firstPassword }),
    ).toMatchObject({ mustChangePassword: true });
    const officer = await api.withCookies(officerJar, "10.2.0.2");
    expect(await officer.auth.me()).toMatchObject({ username: "canbo.yte.qt", mustChangePassword: true });
    await expect(officer.reports.myWork()).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: mustChangePasswordMessage,
    });
    await expect(officer.catalog.documents()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const uploadContext = await api.contextWithCookies(officerJar, "10.2.0.2");
    expect(() => authorizeUpload(createFileUploads()["data-values"], uploadContext)).toThrow(mustChangePasswordMessage);
    // Its own sessions it may see; a wrong current password, a weak or an unchanged new one are refused.
    expect(await officer.auth.sessions()).toHaveLength(1);
    await expect(
      officer.auth.changePassword({ currentPassword: "khong-dung-dau", newPassword: ownPassword }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Mật khẩu hiện tại không đúng." });
    await expect(
      officer.auth.changePassword({ currentPassword: firstPassword, newPassword: firstPassword }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      officer.auth.changePassword({ currentPassword: firstPassword, newPassword: "1234567890" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Mật khẩu quá dễ đoán") });
    expect(await officer.auth.changePassword({ currentPassword: firstPassword, newPassword: ownPassword })).toEqual({
      otherSessionsEnded: 0,
    });
    const after = await api.withCookies(officerJar, "10.2.0.2");
    expect(await after.auth.me()).toMatchObject({ mustChangePassword: false });
    expect((await after.catalog.documents()).length).toBeGreaterThan(0);
    const [audit] = await auditOf("user.password_change");
    expect(audit).toMatchObject({ entity_id: officerId, actor_user_id: officerId });
    expect(JSON.stringify(audit)).not.toContain(ownPassword);
  });

  it("ends every other session when the password changes, and keeps this one", async () => {
    const here = jar();
    const elsewhere = jar();
    await (
      await api.withCookies(here, "10.2.0.3", "Mozilla/5.0 (X11; Linux) Chrome/120")
    ).auth.signIn({ username: "canbo.yte.qt", password: ownPassword });
    await (
      await api.withCookies(elsewhere, "10.2.0.4", "Mozilla/5.0 (Android 14) Firefox/121")
    ).auth.signIn({ username: "canbo.yte.qt", password: ownPassword });
    const sessions = await (await api.withCookies(here, "10.2.0.3")).auth.sessions();
    expect(sessions.find((s) => s.current)).toMatchObject({
      clientIp: "10.2.0.3",
      userAgent: expect.stringContaining("Chrome"),
    });
    expect(sessions.filter((s) => !s.current).map((s) => s.clientIp)).toContain("10.2.0.4");
    const newer = "dòng sông quê hương chảy mãi";
    const changed = await (
      await api.withCookies(here, "10.2.0.3")
    ).auth.changePassword({ currentPassword: ownPassword, newPassword: newer });
    expect(changed.otherSessionsEnded).toBeGreaterThanOrEqual(2);
    expect(await (await api.withCookies(elsewhere, "10.2.0.4")).auth.me()).toBeNull();
    expect(await (await api.withCookies(here, "10.2.0.3")).auth.me()).toMatchObject({ username: "canbo.yte.qt" });
    // Signing out everywhere else: one more session opened, then ended.
    const third = jar();
    await (await api.withCookies(third, "10.2.0.5")).auth.signIn({ username: "canbo.yte.qt", password: newer });
    expect(await (await api.withCookies(here, "10.2.0.3")).auth.endOtherSessions()).toEqual({ ended: 1 });
    expect(await (await api.withCookies(third, "10.2.0.5")).auth.me()).toBeNull();
    expect(await auditOf("session.end_others")).toHaveLength(1);
    await (
      await api.withCookies(here, "10.2.0.3")
    ).auth.changePassword({ currentPassword: newer, newPassword: ownPassword });
  });

  it("throttles guesses of the current password like sign-ins", async () => {
    const here = jar();
    await (await api.withCookies(here, "10.2.0.6")).auth.signIn({ username: "canbo.yte.qt", password: ownPassword });
    const officer = await api.withCookies(here, "10.2.0.6");
    for (let i = 0; i < 3; i++)
      await expect(
        officer.auth.changePassword({ currentPassword: `doan-${i}-sai-roi`, newPassword: "một mật khẩu rất mới đây" }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      officer.auth.changePassword({ currentPassword: ownPassword, newPassword: "một mật khẩu rất mới đây" }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("lets an administrator reset a lost password: the user's sessions end and they must choose their own", async () => {
    const officerJar = jar();
    await (
      await api.withCookies(officerJar, "10.2.0.7")
    ).auth.signIn({ username: "canbo.yte.qt", password: ownPassword });
    await expect(
      admin.users.resetPassword({ userId: officerId, temporaryPassword: "1234567890" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const temporary = "Mật khẩu tạm cấp lại ngày 1/12";
    expect(await admin.users.resetPassword({ userId: officerId, temporaryPassword: temporary })).toMatchObject({
      userId: officerId,
      sessionsEnded: expect.any(Number),
    });
    expect(await (await api.withCookies(officerJar, "10.2.0.7")).auth.me()).toBeNull();
    const again = jar();
    expect(
      await (await api.withCookies(again, "10.2.0.8")).auth.signIn({ username: "canbo.yte.qt", password: temporary }),
    ).toMatchObject({ mustChangePassword: true });
    const [audit] = await auditOf("user.password_reset");
    expect(audit).toMatchObject({ entity_id: officerId });
    expect(JSON.stringify(audit)).not.toContain(temporary);
    const me = await admin.auth.me();
    await expect(admin.users.resetPassword({ userId: me!.userId, temporaryPassword: temporary })).rejects.toMatchObject(
      { code: "BAD_REQUEST" },
    );
    expect((await admin.users.list()).find((u) => u.username === "canbo.yte.qt")).toMatchObject({
      mustChangePassword: true,
    });
  });
});
