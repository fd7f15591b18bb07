import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, type CookieJar, createApiTestHarness } from "../testing/apiTestHarness";
import { createUser } from "../users/createUser";
import { resolveSession, sessionIdOf } from "./sessionStore";
import { delayAfter } from "./signInThrottle";

const password = "mat-khau-rat-dai-2026";

describe.each(testEngines)("sign-in and sessions on %s", (engine) => {
  let api: ApiTestHarness;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
    await createUser(api.db, {
      username: "yte",
      displayName: "Cán bộ Y tế",
      password,
      role: "agency_officer",
      agencyCode: "health",
      provinceCode: "thai_nguyen",
    });
    await createUser(api.db, { username: "khoa", displayName: "Bị khóa", password, role: "admin" });
    await api.db.updateTable("users").set({ active: false }).where("username", "=", "khoa").execute();
  });
  afterAll(() => api.close());

  it("signs in, knows who is signed in, and signs out", async () => {
    const jar: CookieJar = { token: null, expiresAt: null };
    await (await api.withCookies(jar)).auth.signIn({ username: "YTE", password });
    expect(jar.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const me = await (await api.withCookies(jar)).auth.me();
    expect(me).toMatchObject({ username: "yte", role: "agency_officer", agencyCode: "health" });

    // Only the token's hash is stored.
    const stored = await api.db.selectFrom("sessions").select("id").execute();
    expect(stored.map((s) => s.id)).toContain(sessionIdOf(jar.token!));
    expect(stored.map((s) => s.id)).not.toContain(jar.token);

    const token = jar.token!;
    await (await api.withCookies(jar)).auth.signOut();
    expect(jar.token).toBeNull();
    expect(await (await api.withCookies({ token, expiresAt: null })).auth.me()).toBeNull();
  });

  it("refuses a wrong password and a locked account without saying which part was wrong", async () => {
    const jar: CookieJar = { token: null, expiresAt: null };
    const caller = await api.withCookies(jar, "10.0.0.1");
    await expect(caller.auth.signIn({ username: "yte", password: "sai-mat-khau" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Tên đăng nhập hoặc mật khẩu không đúng.",
    });
    await expect(caller.auth.signIn({ username: "khong-co-ai", password })).rejects.toMatchObject({
      message: "Tên đăng nhập hoặc mật khẩu không đúng.",
    });
    await expect(
      (await api.withCookies(jar, "10.0.0.2")).auth.signIn({ username: "khoa", password }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(jar.token).toBeNull();
  });

  it("slows down repeated failures for a username from an address, and a stranger elsewhere cannot keep the user out", async () => {
    await createUser(api.db, { username: "bichan", displayName: "Bị chặn", password, role: "steering_committee" });
    const attacker = await api.withCookies({ token: null, expiresAt: null }, "10.0.0.3");
    for (let i = 0; i < 3; i++) {
      await expect(attacker.auth.signIn({ username: "bichan", password: "sai" })).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    }
    // From that address even the right password must wait.
    await expect(attacker.auth.signIn({ username: "bichan", password })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("thử lại sau"),
    });
    // The user, from their own office, signs in.
    const jar: CookieJar = { token: null, expiresAt: null };
    await (await api.withCookies(jar, "10.0.0.4")).auth.signIn({ username: "bichan", password });
    expect(jar.token).not.toBeNull();
  });

  it("counts a concurrent burst as a burst: 200 parallel guesses, 3 evaluated", async () => {
    await createUser(api.db, { username: "dothu", displayName: "Dò thử", password, role: "steering_committee" });
    const guesses = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        api.anonymous("10.0.0.5").auth.signIn({ username: "dothu", password: `sai-${i}` }),
      ),
    );
    const codes = guesses.map((g) => (g.status === "rejected" ? (g.reason as { code: string }).code : "OK"));
    expect(codes.filter((c) => c === "UNAUTHORIZED")).toHaveLength(3);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(197);
    // The right password from the same address waits too; the count is on the address and the username together.
    await expect(api.anonymous("10.0.0.5").auth.signIn({ username: "dothu", password })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("lets a department behind one address mistype and sign in without waiting; the address alone is slowed only past its ceiling", async () => {
    const office = "10.0.0.6";
    for (let i = 0; i < 10; i++)
      await createUser(api.db, {
        username: `canbo${i}`,
        displayName: `Cán bộ ${i}`,
        password,
        role: "steering_committee",
      });
    // Ten officers each mistype once, then sign in: nobody waits.
    for (let i = 0; i < 10; i++) {
      await expect(
        api.anonymous(office).auth.signIn({ username: `canbo${i}`, password: "go-nham" }),
      ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      const jar: CookieJar = { token: null, expiresAt: null };
      await (await api.withCookies(jar, office)).auth.signIn({ username: `canbo${i}`, password });
      expect(jar.token).not.toBeNull();
    }
    expect([
      delayAfter(99, `ip:${office}`),
      delayAfter(100, `ip:${office}`),
      delayAfter(3, `user:x|ip:${office}`),
      delayAfter(4, `user:x|ip:${office}`),
      delayAfter(20, `user:x|ip:${office}`),
    ]).toEqual([0, 30, 30, 60, 900]);
  });

  it("ends a session after its idle time and never past its absolute limit", async () => {
    const jar: CookieJar = { token: null, expiresAt: null };
    await (await api.withCookies(jar, "10.0.0.4")).auth.signIn({ username: "yte", password });
    const policy = { idleMinutes: 30, absoluteHours: 1 };
    const start = Date.now();
    const soon = await resolveSession(api.db, jar.token!, policy, new Date(start + 10 * 60_000));
    expect(soon?.actor.username).toBe("yte");
    expect(soon!.expiresAt.getTime()).toBeLessThanOrEqual(start + 60 * 60_000 + 1000);

    await api.db
      .updateTable("sessions")
      .set({ expires_at: new Date(start - 1000) })
      .where("id", "=", sessionIdOf(jar.token!))
      .execute();
    expect(await (await api.withCookies(jar)).auth.me()).toBeNull();
    // The expired cookie is cleared on the client too.
    expect(jar.token).toBeNull();
  });
});
