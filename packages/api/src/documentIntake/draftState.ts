import { CatalogDocument } from "@pcmt/domain";
import { z } from "@pcmt/plugin-sdk";

/** Exact words of the source and their offsets. */
export const DraftSpan = z.object({
  quote: z.string().max(200_000),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type DraftSpan = z.infer<typeof DraftSpan>;

const DraftItemKind = z.string().min(1).max(40);

/** Where one drafted item comes from, how sure the ingester was and why. */
export const DraftEvidence = z.object({
  item: DraftItemKind,
  ref: z.string().min(1).max(200),
  source: DraftSpan,
  confidence: z.enum(["high", "medium", "low"]),
  reason: z.string().max(2000),
});
export type DraftEvidence = z.infer<typeof DraftEvidence>;

/** Who settled a point, when, and what they noted. */
export const PointResolution = z.object({
  by: z.string(),
  byName: z.string(),
  at: z.string(),
  note: z.string().max(2000),
});

/** Something the reviewer must decide (from the ingester, or from comparing with the previous version). */
export const DraftPoint = z.object({
  id: z.string().min(1).max(40),
  item: DraftItemKind,
  ref: z.string().max(200),
  message: z.string().max(4000),
  source: DraftSpan.nullable(),
  resolution: PointResolution.nullable(),
});
export type DraftPoint = z.infer<typeof DraftPoint>;

/** What a draft under review holds besides its source: the document, each item's evidence, the points to settle. */
export const DraftState = z.object({
  document: CatalogDocument,
  evidence: z.array(DraftEvidence).max(20_000),
  points: z.array(DraftPoint).max(20_000),
});
export type DraftState = z.infer<typeof DraftState>;

/** What the reviewer sends back: the edited document and evidence, and which points they settled. */
export const DraftEdit = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  document: CatalogDocument,
  evidence: z.array(DraftEvidence).max(20_000),
  resolutions: z
    .array(z.object({ id: z.string().min(1).max(40), resolved: z.boolean(), note: z.string().max(2000).default("") }))
    .max(20_000),
});
export type DraftEdit = z.infer<typeof DraftEdit>;
