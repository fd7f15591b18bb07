import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dependencies, findPlugins, serverSource, webSource } from "./pluginList";

const here = resolve(import.meta.dirname, "..");
const root = resolve(here, "../..");

describe("the one list of installed plugins", () => {
  it("is generated from plugins/ and up to date (run pnpm plugins:sync after adding a plugin)", () => {
    const plugins = findPlugins(root);
    expect(plugins.length).toBeGreaterThan(0);
    expect(readFileSync(join(here, "src/server.ts"), "utf8")).toBe(serverSource(plugins));
    expect(readFileSync(join(here, "src/web.ts"), "utf8")).toBe(webSource(plugins));
    expect(
      (JSON.parse(readFileSync(join(here, "package.json"), "utf8")) as { dependencies: unknown }).dependencies,
    ).toEqual(dependencies(plugins));
  });

  it("names each plugin once, by its folder, with a server definition of the same id", async () => {
    const { installedPlugins } = await import("./server");
    expect(installedPlugins.map((p) => p.id)).toEqual(findPlugins(root).map((p) => p.id));
  });
});
