import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isAgencyCode } from "@pcmt/domain";
import { reservedPluginIds } from "@pcmt/plugin-sdk/manifest";
import { format, resolveConfig } from "prettier";
import { syncPluginList } from "@pcmt/installed-plugins/list";
import { pluginFiles } from "./pluginTemplate";

export class ScaffoldError extends Error {}

/**
 * `pnpm pcmt create-plugin <id> --agency <code> [--register <name>]`: writes plugins/<id> and installs it in the one
 * list of plugins. Refuses an id that is not one (lower case, digits, "_"), an agency the registry does not know, a
 * folder that exists. The code is written as the repository's formatter writes it (lint checks that). Returns the
 * files written, relative to the repository.
 */
export async function scaffoldPlugin(
  root: string,
  options: { id: string; agency: string; register?: string },
): Promise<string[]> {
  const { id, agency } = options;
  const register = options.register ?? "records";
  if (!/^[a-z][a-z0-9_]{1,30}$/.test(id))
    throw new ScaffoldError(
      `Mã phân hệ “${id}” không hợp lệ: chỉ gồm chữ thường không dấu, số, dấu gạch dưới (2–31 ký tự), bắt đầu bằng chữ.`,
    );
  if ((reservedPluginIds as readonly string[]).includes(id))
    throw new ScaffoldError(
      `Mã phân hệ “${id}” trùng tên bảng của lõi (${reservedPluginIds.join(", ")}): chọn mã khác.`,
    );
  if (!isAgencyCode(agency)) throw new ScaffoldError(`Không có cơ quan mã “${agency}” (xem shared/agencies.md).`);
  if (!/^[a-z][a-zA-Z0-9]{1,40}$/.test(register))
    throw new ScaffoldError(
      `Tên sổ “${register}” không hợp lệ: chữ không dấu và số, bắt đầu bằng chữ thường (ví dụ seizures).`,
    );
  const folder = join(root, "plugins", id);
  if (existsSync(folder)) throw new ScaffoldError(`Thư mục plugins/${id} đã có.`);
  const written: string[] = [];
  for (const [path, content] of Object.entries(pluginFiles({ id, agency, register }))) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    const code = /\.(ts|tsx|js)$/.test(path);
    writeFileSync(
      target,
      code ? await format(content, { ...(await resolveConfig(target)), filepath: target }) : content,
    );
    written.push(`plugins/${id}/${path}`);
  }
  syncPluginList(root);
  written.push(
    "packages/installed-plugins/src/server.ts",
    "packages/installed-plugins/src/web.ts",
    "packages/installed-plugins/package.json",
  );
  return written;
}
