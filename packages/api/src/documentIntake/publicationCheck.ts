import { CatalogDocument } from "@pcmt/domain";
import type { DraftState } from "./draftState";

/** Why a draft cannot be published yet, item by item, in words for the reviewer. */
export interface PublicationProblem {
  ref: string | null;
  message: string;
}

const itemLabel: Record<string, string> = {
  sections: "Mục",
  tasks: "Nhiệm vụ",
  generalTasks: "Nhiệm vụ chung",
  indicators: "Chỉ tiêu",
  dataElements: "Số liệu",
  facts: "Số liệu tình hình",
};

/**
 * What must hold before a draft becomes part of the catalog: every point settled, the document's shape, unique refs,
 * every quoted text verbatim in the source, every task with its lead, every link between tasks, targets and data
 * elements pointing at something that exists.
 */
export function publicationProblems(state: DraftState, sourceText: string): PublicationProblem[] {
  const problems: PublicationProblem[] = [];
  const open = state.points.filter((p) => !p.resolution);
  if (open.length > 0)
    problems.push({ ref: null, message: `Còn ${open.length} điểm cần xem xét chưa được giải quyết.` });
  const parsed = CatalogDocument.safeParse(state.document);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      const [list, index] = issue.path;
      const label = typeof list === "string" ? (itemLabel[list] ?? list) : "Văn bản";
      problems.push({
        ref: null,
        message: `${label}${typeof index === "number" ? ` thứ ${index + 1}` : ""}: dữ liệu không hợp lệ (${issue.path.slice(2).join(".") || "giá trị"}).`,
      });
    }
    return problems;
  }
  const doc = parsed.data;
  // A settled point does not fill a field the ingester could not read ("(cần nhập)").
  for (const [field, label] of [
    ["title", "trích yếu"],
    ["issuer", "cơ quan ban hành"],
  ] as const)
    if (/^\(.*\)$/.test(doc[field].trim()))
      problems.push({ ref: null, message: `Văn bản chưa có ${label}: nhập ở "Sửa thông tin".` });
  if (doc.tasks.length === 0 && doc.indicators.length === 0)
    problems.push({ ref: null, message: "Văn bản chưa có nhiệm vụ hay chỉ tiêu nào: không có gì để theo dõi." });
  const verbatim = (ref: string, what: string, text: string | null) => {
    if (text !== null && !sourceText.includes(text))
      problems.push({ ref, message: `${what} ${ref}: nội dung không khớp nguyên văn văn bản gốc.` });
  };
  const unique = (what: string, refs: string[]) => {
    const seen = new Set<string>();
    for (const ref of refs) {
      if (seen.has(ref)) problems.push({ ref, message: `${what}: số hiệu ${ref} bị trùng.` });
      seen.add(ref);
    }
  };
  unique(
    "Mục",
    doc.sections.map((s) => s.ref),
  );
  unique("Nhiệm vụ", [...doc.tasks.map((t) => t.ref), ...doc.generalTasks.map((t) => t.ref)]);
  unique(
    "Chỉ tiêu",
    doc.indicators.map((i) => i.ref),
  );
  unique(
    "Mã chỉ tiêu",
    doc.indicators.map((i) => i.code),
  );
  unique(
    "Mã số liệu",
    doc.dataElements.map((d) => d.code),
  );
  const sectionRefs = new Set(doc.sections.map((s) => s.ref));
  const indicatorRefs = new Set(doc.indicators.map((i) => i.ref));
  const elementCodes = new Set(doc.dataElements.map((d) => d.code));
  for (const s of doc.sections) {
    verbatim(s.ref, "Tiêu đề mục", s.title);
    if (s.parent && !sectionRefs.has(s.parent))
      problems.push({ ref: s.ref, message: `Mục ${s.ref}: mục cha ${s.parent} không có trong văn bản.` });
  }
  for (const t of doc.tasks) {
    verbatim(t.ref, "Nhiệm vụ", t.text);
    verbatim(t.ref, "Thời hạn của nhiệm vụ", t.deadlineText);
    if (t.lead.length === 0)
      problems.push({
        ref: t.ref,
        message: `Nhiệm vụ ${t.ref}: chưa có cơ quan chủ trì (chọn cơ quan, hoặc chuyển thành nhiệm vụ chung).`,
      });
    if (t.section && !sectionRefs.has(t.section))
      problems.push({ ref: t.ref, message: `Nhiệm vụ ${t.ref}: mục ${t.section} không có trong văn bản.` });
    for (const ref of t.indicators)
      if (!indicatorRefs.has(ref))
        problems.push({ ref: t.ref, message: `Nhiệm vụ ${t.ref}: chỉ tiêu ${ref} không có trong văn bản.` });
  }
  for (const g of doc.generalTasks) verbatim(g.ref, "Nhiệm vụ chung", g.text);
  for (const i of doc.indicators) {
    verbatim(i.ref, "Chỉ tiêu", i.text);
    const terms = i.aggregation === "ratio" ? [i.numerator, i.denominator] : i.element ? [i.element] : [];
    if (i.aggregation === "ratio" && (!i.numerator || !i.denominator))
      problems.push({ ref: i.ref, message: `Chỉ tiêu ${i.ref}: tỷ lệ cần cả số liệu tử số và mẫu số.` });
    for (const code of terms)
      if (code && !elementCodes.has(code))
        problems.push({ ref: i.ref, message: `Chỉ tiêu ${i.ref}: số liệu "${code}" không có trong văn bản.` });
  }
  for (const d of doc.dataElements) verbatim(d.code, "Số liệu", d.text);
  for (const f of doc.facts) verbatim(f.name, "Số liệu tình hình", f.text);
  if (doc.reporting) verbatim("báo cáo", "Điều khoản báo cáo", doc.reporting.text);
  return problems;
}
