import type { CoreDatabase, Kysely } from "@pcmt/db";
import { AgencyCode } from "@pcmt/domain";
import { z } from "@pcmt/plugin-sdk";
import { DocumentSlug } from "./documentSlug";
import { foldForSearch } from "./foldForSearch";
import { loadTasks, type TaskView } from "./loadTasks";

/** What a task search may ask: words of the text (accents optional) and filters on agency, document, deadline, plugin. */
export const TaskSearch = z.object({
  text: z.string().trim().max(200).optional(),
  agency: AgencyCode.optional(),
  role: z.enum(["lead", "coordinating", "any"]).default("any"),
  documentSlug: DocumentSlug.optional(),
  deadlineKind: z.enum(["fixed", "recurring", "by", "continuous", "all", "none"]).optional(),
  plugin: z.string().optional(),
  includeGeneral: z.boolean().default(false),
});
export type TaskSearch = z.infer<typeof TaskSearch>;

/** Tasks across documents by text (accents optional: "cai nghien" finds "cai nghiện") and filters, in document order. */
export async function searchTasks(db: Kysely<CoreDatabase>, search: TaskSearch): Promise<TaskView[]> {
  const all = await loadTasks(db, { documentSlug: search.documentSlug });
  const needle = search.text ? foldForSearch(search.text) : null;
  return all.filter((t) => {
    if (t.isGeneral && !search.includeGeneral) return false;
    if (needle && !foldForSearch(`${t.text} ${t.ref} ${t.documentNumber ?? ""}`).includes(needle)) return false;
    if (search.agency) {
      const asLead = t.lead.includes(search.agency);
      const asCoordinator = t.coordinating.includes(search.agency);
      if (search.role === "lead" && !asLead) return false;
      if (search.role === "coordinating" && !asCoordinator) return false;
      if (search.role === "any" && !asLead && !asCoordinator) return false;
    }
    if (search.plugin && t.ownerPlugin !== search.plugin) return false;
    if (search.deadlineKind) {
      const kind = t.deadline?.kind ?? "none";
      if (kind !== search.deadlineKind) return false;
    }
    return true;
  });
}
