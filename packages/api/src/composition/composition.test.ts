import { definePlugin, createRouter, PluginManifestError, procedures } from "@pcmt/plugin-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, createApiTestHarness, testActors } from "../testing/apiTestHarness";
import { installedPlugins } from "./installedPlugins";
import { migratePlatform } from "../migrations/migratePlatform";
import { PluginSelectionError, selectPlugins } from "./selectPlugins";
import { healthPlugin } from "@pcmt/plugin-health/server";

describe("selectPlugins", () => {
  it("enables every installed plugin by default and a subset on request", () => {
    expect(selectPlugins(installedPlugins, undefined).map((p) => p.id)).toEqual(installedPlugins.map((p) => p.id));
    expect(installedPlugins.map((p) => p.id)).toEqual(
      expect.arrayContaining(["police", "health", "labour", "education", "customs", "agriculture"]),
    );
    expect(selectPlugins(installedPlugins, " health , police ").map((p) => p.id)).toEqual(["health", "police"]);
  });

  it("names an unknown plugin", () => {
    expect(() => selectPlugins(installedPlugins, "health,finance")).toThrow(PluginSelectionError);
    expect(() => selectPlugins(installedPlugins, "health,finance")).toThrow(/finance/);
  });

  it("stops on a bad manifest, naming the plugin and the field", () => {
    const broken = { ...healthPlugin, displayName: { vi: "", en: "Health" } };
    expect(() => selectPlugins([broken], undefined)).toThrow(PluginManifestError);
    expect(() => selectPlugins([broken], undefined)).toThrow(/"health".*displayName\.vi/);
  });
});

describe("composition with PCMT_PLUGINS=health", () => {
  let api: ApiTestHarness;
  beforeAll(async () => {
    api = await createApiTestHarness("pglite", { plugins: [healthPlugin] });
  });
  afterAll(() => api.close());

  it("mounts only the enabled plugins", async () => {
    expect(await api.as(testActors.committee).system.plugins()).toEqual([expect.objectContaining({ id: "health" })]);
    await expect(api.as(testActors.policeOfficer).plugins.police.hotspots.list()).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(api.as(testActors.healthOfficer).plugins.health.clinics.count()).resolves.toBe(0);
  });

  it("refuses a plugin whose migration creates a table outside its prefix", async () => {
    const rogue = definePlugin({
      id: "rogue",
      version: "1.0.0",
      displayName: { vi: "Sai", en: "Rogue" },
      agencies: ["justice"],
      catalog: [],
      migrations: {
        "0001_users_clone": {
          up: async (db) => {
            await db.schema.createTable("people").addColumn("id", "integer").execute();
          },
        },
      },
      router: createRouter({ ping: procedures.signedIn().query(() => "pong") }),
      consoleWidgets: [],
    });
    await expect(migratePlatform(api.db, [rogue])).rejects.toThrow(/Plugin "rogue".*people/);
  });
});
