import { AgencyCode } from "@pcmt/domain";
import { z } from "zod";

const LocalizedText = z.object({
  vi: z.string().trim().min(1, "cần tên tiếng Việt"),
  en: z.string().trim().min(1, "cần tên tiếng Anh"),
});

/** A block a plugin adds to the steering committee's console; its web entry renders it under the same id. */
export const ConsoleWidget = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "id của widget chỉ gồm chữ thường, số và dấu gạch ngang"),
  title: LocalizedText,
});
export type ConsoleWidget = z.infer<typeof ConsoleWidget>;

const isFunction = (value: unknown) => typeof value === "function";

const Migration = z.object({
  up: z.custom<(...args: never[]) => Promise<void>>(isFunction, "up phải là một hàm"),
  down: z.custom<(...args: never[]) => Promise<void>>(isFunction, "down phải là một hàm").optional(),
});

/**
 * Ids a plugin may not take: its tables are named `<id>_…` and its migration history `<id>_migrations`, so an id
 * that is the first word of a core table (or "core", whose history is the platform's) would share the core's names.
 */
export const reservedPluginIds = [
  "core",
  "agencies",
  "agency",
  "audit",
  "catalog",
  "data",
  "email",
  "notifications",
  "org",
  "people",
  "place",
  "reminder",
  "report",
  "reports",
  "sessions",
  "sign",
  "users",
] as const;

/**
 * What the core checks about a plugin at start-up. The TypeScript type of `definePlugin` says the same; this
 * catches what types cannot (empty names, bad ids, unknown agency codes coming from data, wrong migration names).
 */
export const PluginManifest = z.object({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,30}$/, "id chỉ gồm chữ thường, số, dấu gạch dưới (2–31 ký tự), bắt đầu bằng chữ")
    .refine((id) => !(reservedPluginIds as readonly string[]).includes(id), {
      message: "id này trùng tên bảng của lõi (core, catalog, reports, users…): chọn id khác",
    }),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, "version phải theo dạng semver, ví dụ 1.0.0"),
  displayName: LocalizedText,
  agencies: z.array(AgencyCode).min(1, "plugin phải phục vụ ít nhất một cơ quan"),
  /** Tasks and indicators the plugin's agencies are assigned in the source documents (filled by the catalog). */
  catalog: z.array(z.unknown()),
  migrations: z.record(
    z.string().regex(/^\d{4}_[a-z0-9_]+$/, "tên migration phải có dạng 0001_ten_migration"),
    Migration,
  ),
  router: z.custom<object>(
    (value) => typeof value === "object" && value !== null && "_def" in value,
    "router phải là một tRPC router",
  ),
  consoleWidgets: z.array(ConsoleWidget),
});
export type PluginManifest = z.infer<typeof PluginManifest>;

export interface ManifestProblem {
  field: string;
  message: string;
}

export class PluginManifestError extends Error {
  constructor(
    readonly pluginId: string,
    readonly problems: ManifestProblem[],
  ) {
    super(
      `Plugin "${pluginId}" có manifest không hợp lệ: ` +
        problems.map((p) => `trường "${p.field}": ${p.message}`).join("; "),
    );
    this.name = "PluginManifestError";
  }
}

/** Validates one plugin's manifest; throws PluginManifestError naming the plugin and every bad field. */
export function validatePluginManifest(candidate: unknown): PluginManifest {
  const result = PluginManifest.safeParse(candidate);
  if (result.success) {
    const ids = result.data.consoleWidgets.map((w) => w.id);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate)
      throw new PluginManifestError(result.data.id, [
        { field: "consoleWidgets", message: `widget "${duplicate}" bị trùng` },
      ]);
    return result.data;
  }
  const id =
    typeof candidate === "object" && candidate !== null && typeof (candidate as { id?: unknown }).id === "string"
      ? (candidate as { id: string }).id
      : "(không có id)";
  throw new PluginManifestError(
    id,
    result.error.issues.map((issue) => ({
      field: issue.path.map(String).join(".") || "(manifest)",
      message: issue.message,
    })),
  );
}
