import type { AgencyCode, CatalogDocument } from "@pcmt/domain";

/** Which plugin serves which agencies: the plugins' manifests, as the catalog needs them. */
export type PluginAgencies = ReadonlyArray<{ id: string; agencies: readonly AgencyCode[] }>;

/**
 * A task belongs to the plugin of its lead agency: the first lead (in the document's order) that some plugin
 * serves. Tasks whose leads have no plugin (justice, finance, local governments, party committees, …) belong to
 * the core's generic catalog (null).
 */
export function taskOwner(lead: readonly AgencyCode[], plugins: PluginAgencies): string | null {
  for (const agency of lead) {
    const plugin = plugins.find((p) => p.agencies.includes(agency));
    if (plugin) return plugin.id;
  }
  return null;
}

export interface CatalogSlice {
  document: string;
  tasks: string[];
  indicators: string[];
}

/** The refs of the tasks (and their indicators) that a plugin owns, per document. */
export function catalogSlice(
  documents: readonly CatalogDocument[],
  pluginId: string | null,
  plugins: PluginAgencies,
): CatalogSlice[] {
  return documents
    .map((doc) => {
      const tasks = doc.tasks.filter((t) => taskOwner(t.lead, plugins) === pluginId);
      return {
        document: doc.slug,
        tasks: tasks.map((t) => t.ref),
        indicators: [...new Set(tasks.flatMap((t) => t.indicators))],
      };
    })
    .filter((slice) => slice.tasks.length > 0);
}
