import type { Actor } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import { exampleValues } from "@pcmt/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { type ApiTestHarness, createApiTestHarness, testActors } from "../testing/apiTestHarness";
import { createFileUploads, type FileUploads } from "../uploads/fileUploads";
import { installedPlugins } from "./installedPlugins";
import { listProcedureAccess } from "./procedureAccess";

/**
 * Who may call what, written out by hand: the test calls every procedure of the app router as every role and
 * compares the answer with this table. A new procedure without a row here fails the test, so access is always a
 * decision someone wrote down.
 */
type Who = keyof typeof testActors | "anonymous";
const everyone: Who[] = [
  "anonymous",
  "admin",
  "standingOffice",
  "committee",
  "healthOfficer",
  "policeOfficer",
  "justiceOfficer",
];
const signedIn = everyone.filter((w) => w !== "anonymous");
const oversight: Who[] = ["admin", "standingOffice", "committee"];

const registerAccess = (officer: Who | null) => ({
  list: officer ? [...oversight, officer] : oversight,
  count: officer ? [...oversight, officer] : oversight,
  // Only an officer creates a row (it belongs to the officer's agency); administrators correct rows, never create them.
  create: officer ? [officer] : [],
  update: officer ? ["admin", officer] : ["admin"],
  remove: officer ? ["admin", officer] : ["admin"],
});
/**
 * Every installed plugin's registers (a router of list, count, create, update, remove), found in the plugins
 * themselves: the officer of the plugin's agency writes, oversight reads. A new plugin's registers are covered
 * without a line here; what a plugin adds beyond its registers is written below by hand.
 */
const registerProcedures = ["count", "create", "list", "remove", "update"];
const officerOf = (agencies: readonly string[]): Who | null =>
  (Object.entries(testActors).find(
    ([, a]) => a.role === "agency_officer" && a.agencyCode !== null && agencies.includes(a.agencyCode),
  )?.[0] as Who | undefined) ?? null;
const registers: Record<string, Who | null> = Object.fromEntries(
  installedPlugins.flatMap((plugin) =>
    Object.entries((plugin.router as unknown as { _def: { record: Record<string, unknown> } })._def.record)
      .filter(
        ([, node]) =>
          typeof node === "object" && node !== null && Object.keys(node).sort().join() === registerProcedures.join(),
      )
      .map(([key]) => [`plugins.${plugin.id}.${key}`, officerOf(plugin.agencies)]),
  ),
);

const expected: Record<string, Who[]> = {
  "auth.me": everyone,
  "auth.signIn": everyone,
  "auth.signOut": everyone,
  "auth.changePassword": signedIn,
  "auth.sessions": signedIn,
  "auth.endOtherSessions": signedIn,
  "system.plugins": signedIn,
  ...Object.fromEntries(
    [
      "documents",
      "document",
      "taskProgress",
      "agencyProgress",
      "agency",
      "agencies",
      "indicator",
      "indicators",
      "searchTasks",
      "places",
      "provinces",
      "export",
    ].map((name) => [`catalog.${name}`, signedIn]),
  ),
  "reports.mySchedule": ["healthOfficer", "policeOfficer", "justiceOfficer"],
  "reports.myWork": ["healthOfficer", "policeOfficer", "justiceOfficer"],
  "reports.open": ["healthOfficer", "policeOfficer", "justiceOfficer"],
  "reports.saveDraft": ["healthOfficer", "policeOfficer", "justiceOfficer"],
  "reports.submit": ["healthOfficer", "policeOfficer", "justiceOfficer"],
  "reports.removeEvidence": ["healthOfficer", "policeOfficer", "justiceOfficer"],
  "reports.get": signedIn,
  "console.overview": oversight,
  "console.indicatorDrillDown": oversight,
  "console.consolidatedReport": oversight,
  "console.timelinessMatrix": oversight,
  "console.nationalOverview": ["admin"],
  "dataEntry.grid": signedIn,
  "dataEntry.exportFile": signedIn,
  "dataEntry.valueHistory": signedIn,
  "dataEntry.save": ["healthOfficer", "policeOfficer", "justiceOfficer"],
  "dataEntry.previousValues": ["healthOfficer", "policeOfficer", "justiceOfficer"],
  "dataEntry.confirmCopies": ["healthOfficer", "policeOfficer", "justiceOfficer"],
  "comments.list": signedIn,
  "notifications.mine": signedIn,
  "notifications.markRead": signedIn,
  "notifications.remind": ["standingOffice"],
  "notifications.reminderLog": oversight,
  "comments.open": ["standingOffice"],
  "comments.reply": ["standingOffice", "healthOfficer", "policeOfficer", "justiceOfficer"],
  "comments.resolve": ["standingOffice"],
  "reports.versions": signedIn,
  "reports.history": signedIn,
  "reports.review": ["standingOffice"],
  "reports.desk": oversight,
  ...Object.fromEntries(
    [
      "drafts",
      "draft",
      "createFromText",
      "save",
      "publish",
      "discard",
      "readDeadline",
      "documents",
      "markReplaced",
    ].map((name) => [`documentIntake.${name}`, ["admin", "standingOffice"]]),
  ),
  "users.list": ["admin"],
  "users.create": ["admin"],
  "users.resetPassword": ["admin"],
  "users.update": ["admin"],
  "users.setActive": ["admin"],
  "plugins.health.occupancy": [...oversight, "healthOfficer"],
  ...Object.fromEntries(
    Object.entries(registers).flatMap(([prefix, officer]) =>
      Object.entries(registerAccess(officer)).map(([name, who]) => [`${prefix}.${name}`, who]),
    ),
  ),
};

/** Who may send each file (POST /api/files/<name>), decided here the same way. */
const expectedUploads: Record<keyof FileUploads, Who[]> = {
  evidence: ["healthOfficer", "policeOfficer", "justiceOfficer"],
  "data-grid": ["healthOfficer", "policeOfficer", "justiceOfficer"],
  "data-values": ["admin", "standingOffice", "healthOfficer", "policeOfficer", "justiceOfficer"],
  "document-source": ["admin", "standingOffice"],
};

describe.each(testEngines)("permissions of every procedure on %s", (engine) => {
  let api: ApiTestHarness;
  beforeAll(async () => {
    api = await createApiTestHarness(engine);
  });
  afterAll(() => api.close());

  it("has a decision for every procedure and no decision for a procedure that does not exist", () => {
    const paths = listProcedureAccess(api.router).map((p) => p.path);
    expect(paths.sort()).toEqual(Object.keys(expected).sort());
    for (const entry of listProcedureAccess(api.router)) expect(entry.access, entry.path).toBeDefined();
  });

  it("allows exactly the expected roles", async () => {
    const problems: string[] = [];
    for (const { path } of listProcedureAccess(api.router)) {
      for (const who of everyone) {
        const caller = who === "anonymous" ? api.anonymous(`10.1.0.${everyone.indexOf(who)}`) : api.as(testActors[who]);
        const procedure = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
          input?: unknown,
        ) => Promise<unknown>;
        // An input that passes no schema: an allowed caller gets BAD_REQUEST (or a harmless answer), a refused one
        // UNAUTHORIZED or FORBIDDEN before the input is even read, so the calls change nothing.
        const allowed = expected[path]?.includes(who) ?? false;
        let code = "OK";
        try {
          await procedure({ "không-phải-đầu-vào-hợp-lệ": true });
        } catch (error) {
          code = (error as { code?: string }).code ?? "ERROR";
        }
        const refused = code === "UNAUTHORIZED" || code === "FORBIDDEN";
        if (allowed && refused) problems.push(`${path}: ${who} was refused (${code})`);
        if (!allowed && !refused) problems.push(`${path}: ${who} was let in (${code})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps every installed plugin's registers to their agency, by behaviour: its officer creates and edits, another agency's officer and another province's cannot", async () => {
    const problems: string[] = [];
    const checked: string[] = [];
    for (const plugin of installedPlugins) {
      const record = (
        plugin.router as unknown as {
          _def: { record: Record<string, Record<string, { _def: { inputs: unknown[] } }>> };
        }
      )._def.record;
      for (const [key, node] of Object.entries(record).filter(
        ([path]) => `plugins.${plugin.id}.${path}` in registers,
      )) {
        const values = exampleValues((node.create as { _def: { inputs: [z.ZodObject] } })._def.inputs[0]);
        const agency = plugin.agencies[0]!;
        const own: Actor = {
          userId: crypto.randomUUID(),
          username: `o.${plugin.id}`,
          displayName: "Cán bộ",
          role: "agency_officer",
          agencyCode: agency,
          provinceCode: "thai_nguyen",
        };
        const otherAgency: Actor = {
          ...own,
          userId: crypto.randomUUID(),
          agencyCode: agency === "justice" ? "health" : "justice",
        };
        const otherProvince: Actor = { ...own, userId: crypto.randomUUID(), provinceCode: "quang_tri" };
        const call = (actor: Actor) =>
          (
            api.as(actor).plugins as unknown as Record<
              string,
              Record<string, Record<string, (input: unknown) => Promise<{ id: string; version: number }>>>
            >
          )[plugin.id]![key]!;
        const codeOf = (promise: Promise<unknown>) =>
          promise.then(
            () => "OK",
            (e: { code?: string }) => e.code ?? "ERROR",
          );
        const path = `plugins.${plugin.id}.${key}`;
        let created: { id: string; version: number };
        try {
          created = await call(own).create!(values);
        } catch (error) {
          problems.push(`${path}.create: its own officer was refused (${(error as { code?: string }).code})`);
          continue;
        }
        const update = { id: created.id, expectedVersion: created.version, values };
        if ((await codeOf(call(otherAgency).create!(values))) !== "FORBIDDEN")
          problems.push(`${path}.create: another agency's officer was let in`);
        if ((await codeOf(call(otherProvince).update!(update))) !== "FORBIDDEN")
          problems.push(`${path}.update: another province's officer was let in`);
        if ((await codeOf(call(otherAgency).remove!({ id: created.id }))) !== "FORBIDDEN")
          problems.push(`${path}.remove: another agency's officer was let in`);
        if ((await codeOf(call(own).update!(update))) !== "OK")
          problems.push(`${path}.update: its own officer was refused`);
        checked.push(path);
      }
    }
    expect(problems).toEqual([]);
    expect(checked.sort()).toEqual(Object.keys(registers).sort());
  });

  it("lets exactly the expected roles send each file, refused before the file is looked at", async () => {
    expect(Object.keys(createFileUploads()).sort()).toEqual(Object.keys(expectedUploads).sort());
    const problems: string[] = [];
    for (const [name, allowedWho] of Object.entries(expectedUploads) as [keyof FileUploads, Who[]][]) {
      for (const who of everyone) {
        let code = "OK";
        try {
          // A file no upload accepts: an allowed sender learns that, a refused one only that they may not send.
          await api.upload(
            who === "anonymous" ? null : (testActors[who] as Actor),
            name,
            {},
            { name: "khong-nhan.bin", bytes: "x" },
          );
        } catch (error) {
          code = (error as { code?: string }).code ?? "ERROR";
        }
        const refused = code === "UNAUTHORIZED" || code === "FORBIDDEN";
        if (allowedWho.includes(who) && code !== "BAD_REQUEST") problems.push(`${name}: ${who} got ${code}`);
        if (!allowedWho.includes(who) && !refused) problems.push(`${name}: ${who} was let in (${code})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("refuses an agency officer writing another agency's data", async () => {
    const created = await api.as(testActors.policeOfficer).plugins.police.hotspots.create({
      name: "Bãi đất trống tổ 5",
      locality: "Phường Tân Lập",
      status: "active",
      discovered_on: "2024-06-01",
    });
    const health = api.as(testActors.healthOfficer);
    await expect(health.plugins.police.hotspots.remove({ id: created.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      health.plugins.police.hotspots.update({
        id: created.id,
        expectedVersion: 1,
        values: { ...created, name: "Đổi tên" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [row] = (await api.as(testActors.policeOfficer).plugins.police.hotspots.list()).filter(
      (r) => r.id === created.id,
    );
    expect(row).toMatchObject({ name: "Bãi đất trống tổ 5", version: 1 });
  });
});
