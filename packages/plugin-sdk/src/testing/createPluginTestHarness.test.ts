import { sql } from "@pcmt/db";
import { describe, expect, it } from "vitest";
import { definePlugin } from "../server/definePlugin";
import { procedures } from "../server/procedures";
import { baseProcedure, createRouter } from "../server/trpc";
import { createPluginTestHarness } from "./createPluginTestHarness";

const router = createRouter({ ping: procedures.signedIn().query(() => "pong") });
const good = definePlugin({
  id: "sample",
  version: "1.0.0",
  displayName: { vi: "Mẫu", en: "Sample" },
  agencies: ["police"],
  catalog: [],
  migrations: {
    "0001_rows": {
      up: async (db) => void (await sql`create table sample_rows (id int)`.execute(db)),
      down: async (db) => void (await sql`drop table sample_rows`.execute(db)),
    },
  },
  router,
  consoleWidgets: [],
});

describe("the plugin test harness checks what start-up checks", () => {
  it("runs a plugin that passes them", async () => {
    const harness = await createPluginTestHarness(good);
    await expect(harness.as({ role: "agency_officer", agencyCode: "police" }).ping()).resolves.toBe("pong");
    await harness.close();
  });

  it("refuses a table without the plugin's prefix, as pcmt migrate does", async () => {
    const unprefixed = {
      ...good,
      migrations: {
        "0001_rows": {
          up: async (db: never) => void (await sql`create table rows_without_prefix (id int)`.execute(db)),
        },
      },
    };
    await expect(createPluginTestHarness(unprefixed as never)).rejects.toThrow(/"sample".*rows_without_prefix/);
  });

  it("refuses a procedure that does not say who may call it, and an invalid manifest", async () => {
    const open = { ...good, router: createRouter({ leak: baseProcedure.query(() => "x") }) };
    await expect(createPluginTestHarness(open as never)).rejects.toThrow(/leak/);
    await expect(createPluginTestHarness({ ...good, displayName: { vi: "", en: "Sample" } } as never)).rejects.toThrow(
      /displayName/,
    );
  });
});
