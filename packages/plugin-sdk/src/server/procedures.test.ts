import { describe, expect, it } from "vitest";
import { createPluginTestHarness } from "../testing/createPluginTestHarness";
import { definePlugin } from "./definePlugin";
import { procedures } from "./procedures";
import { baseProcedure, createRouter } from "./trpc";
import { z } from "zod";

const router = createRouter({
  open: procedures.public("health check of the test").query(() => "ok"),
  anyone: procedures.signedIn().query(({ ctx }) => ctx.actor.username),
  committee: procedures.forRoles("steering_committee").query(() => "console"),
  healthForm: procedures
    .forAgencies(["health"])
    .input(z.object({ capacity: z.number().int().positive() }))
    .mutation(({ input }) => input.capacity),
  undeclared: baseProcedure.query(() => "should never run"),
});

const plugin = definePlugin({
  id: "sdktest",
  version: "0.0.1",
  displayName: { vi: "Thử", en: "Test" },
  agencies: ["health"],
  catalog: [],
  migrations: {},
  router,
  consoleWidgets: [],
});

describe("procedure access", () => {
  it("enforces what each procedure declares", async () => {
    const harness = await createPluginTestHarness(plugin, { skipStartupChecks: true });
    try {
      await expect(harness.anonymous().open()).resolves.toBe("ok");
      await expect(harness.anonymous().anyone()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(harness.as({ role: "admin", username: "ad" }).anyone()).resolves.toBe("ad");

      await expect(harness.as({ role: "standing_office" }).committee()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(harness.as({ role: "steering_committee" }).committee()).resolves.toBe("console");

      const health = harness.as({ role: "agency_officer", agencyCode: "health" });
      const police = harness.as({ role: "agency_officer", agencyCode: "police" });
      await expect(health.healthForm({ capacity: 3 })).resolves.toBe(3);
      await expect(police.healthForm({ capacity: 3 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(harness.as({ role: "steering_committee" }).healthForm({ capacity: 3 })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    } finally {
      await harness.close();
    }
  });

  it("refuses a procedure that declares no access, whoever calls", async () => {
    const harness = await createPluginTestHarness(plugin, { skipStartupChecks: true });
    try {
      await expect(harness.as({ role: "admin" }).undeclared()).rejects.toMatchObject({ code: "FORBIDDEN" });
    } finally {
      await harness.close();
    }
  });

  it("reports invalid input per field in Vietnamese", async () => {
    const harness = await createPluginTestHarness(plugin, { skipStartupChecks: true });
    try {
      const health = harness.as({ role: "agency_officer", agencyCode: "health" });
      const error = await health.healthForm({ capacity: -1 }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      expect(String((error as Error).message)).toMatch(/capacity|lớn hơn/);
    } finally {
      await harness.close();
    }
  });
});
