import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, type CookieJar, createApiTestHarness } from "../testing/apiTestHarness";
import { createUser } from "./createUser";

const password = "quan-tri-vien-tinh-2026";
const jar = (): CookieJar => ({ token: null, expiresAt: null });

describe.each(testEngines)("administering accounts on %s", (engine) => {
  let api: ApiTestHarness;
  let admin: Awaited<ReturnType<ApiTestHarness["withCookies"]>>;
  let officerId: string;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
    await createUser(api.db, { username: "quantri", displayName: "Quản trị", password, role: "admin" });
    officerId = (
      await createUser(api.db, {
        username: "canbo.ld",
        displayName: "Cán bộ Lao động",
        password,
        role: "agency_officer",
        agencyCode: "labour",
        provinceCode: "quang_tri",
      })
    ).id;
    const adminJar = jar();
    await (await api.withCookies(adminJar, "10.3.0.1")).auth.signIn({ username: "quantri", password });
    admin = await api.withCookies(adminJar, "10.3.0.1");
  });
  afterAll(() => api.close());

  it("shows when each user last signed in", async () => {
    expect((await admin.users.list()).find((u) => u.username === "canbo.ld")?.lastSignedInAt).toBeNull();
    await (await api.withCookies(jar(), "10.3.0.2")).auth.signIn({ username: "canbo.ld", password });
    const signedIn = (await admin.users.list()).find((u) => u.username === "canbo.ld")?.lastSignedInAt;
    expect(signedIn).not.toBeNull();
    expect(Date.now() - new Date(signedIn!).getTime()).toBeLessThan(60_000);
  });

  it("edits an account; a change of what the user may see ends their sessions; audited with before and after", async () => {
    const officer = jar();
    await (await api.withCookies(officer, "10.3.0.3")).auth.signIn({ username: "canbo.ld", password });
    expect(
      await admin.users.update({
        userId: officerId,
        details: {
          displayName: "Cán bộ Sở Nội vụ",
          role: "agency_officer",
          agencyCode: "labour",
          provinceCode: "quang_tri",
        },
      }),
    ).toEqual({ userId: officerId, sessionsEnded: 0 });
    expect(await (await api.withCookies(officer, "10.3.0.3")).auth.me()).toMatchObject({
      displayName: "Cán bộ Sở Nội vụ",
    });
    expect(
      (
        await admin.users.update({
          userId: officerId,
          details: {
            displayName: "Cán bộ Sở Nội vụ",
            role: "agency_officer",
            agencyCode: "labour",
            provinceCode: "thai_nguyen",
          },
        })
      ).sessionsEnded,
    ).toBeGreaterThan(0);
    expect(await (await api.withCookies(officer, "10.3.0.3")).auth.me()).toBeNull();
    await expect(
      admin.users.update({
        userId: officerId,
        details: { displayName: "X", role: "agency_officer", agencyCode: null, provinceCode: "thai_nguyen" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const me = await admin.auth.me();
    await expect(
      admin.users.update({ userId: me!.userId, details: { displayName: "Quản trị", role: "steering_committee" } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Không thể tự bỏ quyền quản trị của chính mình." });
    const audits = await api.db
      .selectFrom("audit_log")
      .select(["before", "after"])
      .where("action", "=", "user.update")
      .where("entity_id", "=", officerId)
      .execute();
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({
      before: { province_code: "quang_tri" },
      after: { province_code: "thai_nguyen" },
    });
  });

  it("locks an account only with a reason, kept and audited; unlocking clears it", async () => {
    await expect(admin.users.setActive({ userId: officerId, active: false })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Nêu lý do khóa tài khoản (ít nhất 5 ký tự).",
    });
    await admin.users.setActive({ userId: officerId, active: false, reason: "Đã chuyển công tác ngày 30/11" });
    expect((await admin.users.list()).find((u) => u.id === officerId)).toMatchObject({
      active: false,
      lockedReason: "Đã chuyển công tác ngày 30/11",
    });
    const [audit] = await api.db
      .selectFrom("audit_log")
      .select("after")
      .where("action", "=", "user.deactivate")
      .where("entity_id", "=", officerId)
      .execute();
    expect(audit?.after).toEqual({ reason: "Đã chuyển công tác ngày 30/11" });
    await expect(
      (await api.withCookies(jar(), "10.3.0.4")).auth.signIn({ username: "canbo.ld", password }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await admin.users.setActive({ userId: officerId, active: true });
    expect((await admin.users.list()).find((u) => u.id === officerId)).toMatchObject({
      active: true,
      lockedReason: null,
    });
  });
});
