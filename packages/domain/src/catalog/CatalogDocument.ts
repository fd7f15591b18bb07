import { z } from "zod";
import { AgencyCode } from "../agencies/agencyRegistry";
import { DeadlineRule, PeriodId } from "../deadlines/DeadlineRule";
import { DocumentLifetime } from "./DocumentLifetime";

/** Refs use the document's own numbering: "§IV.1.a", "§II.2", "§1" (a document without Roman sections). */
const Ref = z.string().regex(/^§[A-Za-z0-9.-]+$/, "ref phải có dạng §IV.1.a");

export const DocumentKind = z.enum(["thong_bao", "ke_hoach", "nghi_quyet", "chi_thi"]);
export type DocumentKind = z.infer<typeof DocumentKind>;
export const documentKindLabels: Record<DocumentKind, string> = {
  thong_bao: "Thông báo",
  ke_hoach: "Kế hoạch",
  nghi_quyet: "Nghị quyết",
  chi_thi: "Chỉ thị",
};

/** The same in English. */
export const documentKindLabelsEn: Record<DocumentKind, string> = {
  thong_bao: "Notice",
  ke_hoach: "Plan",
  nghi_quyet: "Resolution",
  chi_thi: "Directive",
};

/** A heading of the document, so the product can show it section by section. */
export const CatalogSection = z.object({
  ref: Ref,
  /** The heading as printed (verbatim), e.g. "II. NHIỆM VỤ TRỌNG TÂM" or "1. Công an tỉnh". */
  title: z.string().min(1),
  /** Ref of the enclosing section; null at the top. */
  parent: Ref.nullable(),
});

/** One assignment of the document to named agencies. */
export const CatalogTask = z.object({
  ref: Ref,
  /** Ref of the section it sits in. */
  section: Ref.nullable(),
  /** Verbatim from the source file. */
  text: z.string().min(1),
  /** chủ trì: the lead agencies (several when the text names several jointly). */
  lead: z.array(AgencyCode).min(1),
  /** phối hợp: the coordinating agencies. */
  coordinating: z.array(AgencyCode),
  deadline: DeadlineRule.nullable(),
  /** The words that set the deadline, verbatim ("trước ngày 20/5/2024"); null when the task has none. */
  deadlineText: z.string().nullable(),
  /** Refs of the indicators this task is accountable for. */
  indicators: z.array(Ref),
});
export type CatalogTask = z.infer<typeof CatalogTask>;

/** An objective or solution group addressed to no agency: kept as the document's general task. */
export const CatalogGeneralTask = z.object({
  ref: Ref,
  section: Ref.nullable(),
  text: z.string().min(1),
});

export const Comparator = z.enum([">=", ">", "<=", "<", "="]);
export type Comparator = z.infer<typeof Comparator>;

export const Aggregation = z.enum(["sum", "average", "ratio", "max", "min", "latest"]);
export type Aggregation = z.infer<typeof Aggregation>;

/** A numeric target (chỉ tiêu). */
export const CatalogIndicator = z.object({
  ref: Ref,
  /** A short stable code inside the document, e.g. "treatment_coverage". */
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: z.string().min(1),
  /** Verbatim from the source file. */
  text: z.string().min(1),
  /** The accountable agency; null when the document names none. */
  agency: AgencyCode.nullable(),
  /** "percent", "count", "hectare", "commune", … */
  unit: z.string().min(1),
  comparator: Comparator,
  target: z.number(),
  /** A fixed baseline value, "previous_year" (a growth target), or null. */
  baseline: z.union([z.number(), z.literal("previous_year")]).nullable(),
  /** When it must be met: a period id or a date; null when every period. */
  due: z.union([PeriodId, z.iso.date()]).nullable(),
  /** How values add up over places and periods; for "ratio", the data element codes of the two terms. */
  aggregation: Aggregation,
  numerator: z.string().nullable(),
  denominator: z.string().nullable(),
  /** For an indicator that is not a ratio: the data element whose values measure it (a count, its growth). */
  element: z.string().nullable().default(null),
  /**
   * The share of the places expected to report (in percent) below which the figure is not evaluated ("chưa đủ số
   * liệu"); null: the platform's default (`defaultMinCompleteness`).
   */
  minCompleteness: z.number().min(0).max(100).nullable().default(null),
});
export type CatalogIndicator = z.infer<typeof CatalogIndicator>;

/** A count the document asks to be reported without a target. */
export const CatalogDataElement = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: z.string().min(1),
  /** Verbatim words of the document that ask for it. */
  text: z.string().min(1),
  agency: AgencyCode.nullable(),
  unit: z.string().min(1),
  aggregation: Aggregation,
});

/** A situation figure with the date it held on. */
export const CatalogFact = z.object({
  /** Verbatim. */
  text: z.string().min(1),
  name: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  asOf: z.union([z.iso.date(), PeriodId]).nullable(),
});

export const CatalogDocument = z.object({
  /** Stable id used in URLs and exports, e.g. "tb-45-ubnd-thai-nguyen-2024". */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** File of the source text, in catalog/sources/. */
  sourceFile: z.string(),
  number: z.string().nullable(),
  kind: DocumentKind,
  issuer: z.string().min(1),
  province: z.string().min(1),
  issuedOn: z.iso.date().nullable(),
  title: z.string().min(1),
  /** The time the document governs; its reports, recurring tasks and targets live inside it. */
  covers: DocumentLifetime.default({ from: null, until: null }),
  /** The slug of a later document that replaces it (it then ends the day before that one begins). */
  replacedBy: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .nullable()
    .default(null),
  /** The document's own reporting schedule ("Định kỳ 06 tháng, 01 năm … báo cáo về Công an tỉnh"). */
  reporting: z.object({ text: z.string().min(1), rule: DeadlineRule }).nullable(),
  sections: z.array(CatalogSection),
  tasks: z.array(CatalogTask),
  generalTasks: z.array(CatalogGeneralTask),
  indicators: z.array(CatalogIndicator),
  dataElements: z.array(CatalogDataElement),
  facts: z.array(CatalogFact),
});
export type CatalogDocument = z.infer<typeof CatalogDocument>;
export type CatalogDocumentInput = z.input<typeof CatalogDocument>;
