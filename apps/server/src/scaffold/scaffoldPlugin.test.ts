import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScaffoldError, scaffoldPlugin } from "./scaffoldPlugin";

const repo = resolve(import.meta.dirname, "../../../..");
// The generated plugin has the dependencies of plugins/police: it borrows its installed node_modules.
const borrowed = join(repo, "plugins/police/node_modules");

describe("pcmt create-plugin", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "pcmt-scaffold-"));
    mkdirSync(join(root, "plugins"));
    copyFileSync(join(repo, "prettier.config.js"), join(root, "prettier.config.js"));
    mkdirSync(join(root, "packages/installed-plugins/src"), { recursive: true });
    writeFileSync(
      join(root, "packages/installed-plugins/package.json"),
      JSON.stringify({ name: "@pcmt/installed-plugins", dependencies: {} }),
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes a plugin that installs itself in the one list, type-checks, lints clean (formatter included), and passes its own tests on both engines", async () => {
    const written = await scaffoldPlugin(root, { id: "border_guard", agency: "border_guard", register: "seizures" });
    expect(written).toContain("plugins/border_guard/src/server/index.ts");
    expect(written.filter((f) => !f.startsWith("plugins/border_guard/"))).toEqual([
      "packages/installed-plugins/src/server.ts",
      "packages/installed-plugins/src/web.ts",
      "packages/installed-plugins/package.json",
    ]);
    expect(readFileSync(join(root, "packages/installed-plugins/src/server.ts"), "utf8")).toContain(
      'import borderGuard from "@pcmt/plugin-border-guard/server";',
    );
    expect(readFileSync(join(root, "packages/installed-plugins/src/web.ts"), "utf8")).toContain(
      'border_guard: () => import("@pcmt/plugin-border-guard/web")',
    );
    expect(
      JSON.parse(readFileSync(join(root, "packages/installed-plugins/package.json"), "utf8")).dependencies,
    ).toEqual({ "@pcmt/plugin-border-guard": "workspace:*", "@pcmt/plugin-sdk": "workspace:*" });

    const plugin = join(root, "plugins/border_guard");
    symlinkSync(borrowed, join(plugin, "node_modules"), "dir");
    const tsc = spawnSync(join(borrowed, ".bin/tsc"), ["--noEmit", "-p", "tsconfig.json"], {
      cwd: plugin,
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
    const lint = spawnSync(join(borrowed, ".bin/eslint"), ["."], { cwd: plugin, encoding: "utf8" });
    expect(lint.stdout + lint.stderr).toBe("");
    expect(lint.status).toBe(0);
    const tests = spawnSync(join(borrowed, ".bin/vitest"), ["run"], {
      cwd: plugin,
      encoding: "utf8",
      env: { ...process.env, FORCE_COLOR: "0" },
    });
    expect(tests.status, tests.stdout + tests.stderr).toBe(0);
    // Without the colour codes of the test runner's output.
    expect(tests.stdout.replaceAll(String.fromCharCode(27), "").replace(/\[[0-9;]*m/g, "")).toMatch(/Tests\s+7 passed/);
  }, 180_000);

  it("refuses a bad id, a core name, an unknown agency, a bad register name and a folder that exists", async () => {
    await expect(scaffoldPlugin(root, { id: "Border-Guard", agency: "border_guard" })).rejects.toThrow(ScaffoldError);
    await expect(scaffoldPlugin(root, { id: "coast", agency: "coast_guard" })).rejects.toThrow(/coast_guard/);
    await expect(scaffoldPlugin(root, { id: "catalog", agency: "border_guard" })).rejects.toThrow(/trùng tên bảng/);
    await expect(scaffoldPlugin(root, { id: "coast", agency: "border_guard", register: "so-thu-giu" })).rejects.toThrow(
      ScaffoldError,
    );
    await expect(scaffoldPlugin(root, { id: "border_guard", agency: "border_guard" })).rejects.toThrow(/đã có/);
  });
});
