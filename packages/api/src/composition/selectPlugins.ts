import { type AnyPlugin, validatePluginManifest } from "@pcmt/plugin-sdk";

export class PluginSelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PluginSelectionError";
  }
}

/**
 * The plugins to run: all installed ones, or those named in PCMT_PLUGINS ("health,police"). Each selected
 * plugin's manifest is validated; a bad one stops start-up with the plugin's id and the field's name.
 */
export function selectPlugins<P extends AnyPlugin>(installed: readonly P[], setting: string | undefined): P[] {
  const known = new Map(installed.map((p) => [p.id, p]));
  const wanted = setting?.trim()
    ? setting
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : installed.map((p) => p.id);
  const unknown = wanted.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new PluginSelectionError(
      `PCMT_PLUGINS nêu plugin không có: ${unknown.join(", ")}. Các plugin có sẵn: ${installed.map((p) => p.id).join(", ")}.`,
    );
  }
  const selected = [...new Set(wanted)].map((id) => known.get(id) as P);
  for (const plugin of selected) validatePluginManifest(plugin);
  return selected;
}
