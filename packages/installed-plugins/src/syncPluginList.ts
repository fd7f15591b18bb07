import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { dependencies, findPlugins, serverSource, webSource } from "./pluginList";

/** `pnpm plugins:sync`: rewrites the installed plugins' lists and this package's dependencies from plugins/. */
const here = resolve(import.meta.dirname, "..");
const root = resolve(here, "../..");
const plugins = findPlugins(root);
writeFileSync(join(here, "src/server.ts"), serverSource(plugins));
writeFileSync(join(here, "src/web.ts"), webSource(plugins));
const pkgPath = join(here, "package.json");
const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { dependencies: Record<string, string> };
pkg.dependencies = dependencies(plugins);
writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
process.stdout.write(`Đã cập nhật danh sách ${plugins.length} phân hệ: ${plugins.map((p) => p.id).join(", ")}. Chạy pnpm install để liên kết gói mới.\n`);
