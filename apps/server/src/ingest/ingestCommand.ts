import { installedPlugins } from "@pcmt/api";
import { catalogDocuments, taskOwner } from "@pcmt/catalog";
import { type DocumentDraft, draftDocument, type KnownDataElement, readSourceFile, renderReview } from "@pcmt/ingest";
import { basename } from "node:path";

export type IngestFormat = "json" | "md" | "review-json";

/** The draft in the shape of one document of `pnpm pcmt catalog export` (docs/catalog.md). */
export function exportShape(draft: DocumentDraft) {
  const d = draft.document;
  const plugins = installedPlugins.map((p) => ({ id: p.id, agencies: p.agencies }));
  return {
    slug: d.slug,
    number: d.number,
    kind: d.kind,
    issuer: d.issuer,
    province: d.province,
    issuedOn: d.issuedOn,
    title: d.title,
    reporting: d.reporting,
    sections: d.sections,
    tasks: d.tasks.map((t) => ({ ...t, plugin: taskOwner(t.lead, plugins) })),
    generalTasks: d.generalTasks,
    indicators: d.indicators.map(({ element: _e, minCompleteness: _m, ...i }) => i),
    dataElements: d.dataElements,
    facts: d.facts,
  };
}

/** `pnpm pcmt ingest FILE [--province NAME] [--format json|md|review-json]`: the draft of a document, printed. */
export async function ingestCommand(
  file: string,
  options: { province?: string; format: IngestFormat },
): Promise<string> {
  const source = await readSourceFile(file);
  const draft = draftDocument(source.text, {
    sourceFile: basename(file),
    // Without a database, the elements the repository's documents define are the ones a draft may reuse.
    knownElements: catalogDocuments.flatMap((d): KnownDataElement[] =>
      d.dataElements.map((e) => ({ ...e, documentSlug: d.slug })),
    ),
    ...(options.province ? { province: options.province } : {}),
  });
  if (options.format === "md") return renderReview(draft);
  if (options.format === "review-json") return `${JSON.stringify({ via: source.via, ...draft }, null, 2)}\n`;
  return `${JSON.stringify(exportShape(draft), null, 2)}\n`;
}
