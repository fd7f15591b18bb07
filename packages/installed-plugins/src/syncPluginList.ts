import { resolve } from "node:path";
import { syncPluginList } from "./pluginList";

/** `pnpm plugins:sync`: rewrites the installed plugins' lists and this package's dependencies from plugins/. */
const plugins = syncPluginList(resolve(import.meta.dirname, "../../.."));
process.stdout.write(
  `Đã cập nhật danh sách ${plugins.length} phân hệ: ${plugins.map((p) => p.id).join(", ")}. Chạy pnpm install để liên kết gói mới.\n`,
);
