import { type AgencyCode, agencyName } from "@pcmt/domain";
import type { DocumentDraft, ItemEvidence } from "./draftDocument";

const names = (codes: readonly AgencyCode[]) => codes.map((c) => agencyName(c)).join(", ");

const itemWords: Record<ItemEvidence["item"], string> = {
  header: "phần đầu",
  section: "đề mục",
  task: "nhiệm vụ",
  generalTask: "nhiệm vụ chung",
  indicator: "chỉ tiêu",
  dataElement: "số liệu",
  fact: "số liệu tình hình",
  reporting: "chế độ báo cáo",
};
const confidenceWords = { high: "cao", medium: "vừa", low: "thấp" } as const;

/** The draft as a readable review list (Markdown): the uncertain items first, then every item with its source. */
export function renderReview(draft: DocumentDraft): string {
  const d = draft.document;
  const lines: string[] = [
    `# Bản nháp: ${d.number ?? "(không số)"} — ${d.title}`,
    "",
    `- Cơ quan ban hành: ${d.issuer}; tỉnh: ${d.province}; ngày: ${d.issuedOn ?? "không ghi"}; hiệu lực: ${d.covers.from ?? "?"} → ${d.covers.until ?? "không hạn"}`,
    `- ${d.sections.length} đề mục, ${d.tasks.length} nhiệm vụ, ${d.generalTasks.length} nhiệm vụ chung, ${d.indicators.length} chỉ tiêu, ${d.dataElements.length} số liệu cần báo cáo, ${d.facts.length} số liệu tình hình`,
    `- Báo cáo: ${d.reporting ? `“${d.reporting.text}”` : "không thấy chế độ báo cáo"}`,
    "",
    `## Cần xem xét (${draft.review.length})`,
    "",
  ];
  for (const point of draft.review)
    lines.push(
      `- **${point.ref}** (${itemWords[point.item]}): ${point.message}${point.source ? ` — “${point.source.quote.slice(0, 160)}” [${point.source.start}–${point.source.end}]` : ""}`,
    );
  lines.push("", "## Nhiệm vụ", "");
  const evidenceOf = (item: string, ref: string) => draft.evidence.find((e) => e.item === item && e.ref === ref);
  for (const task of d.tasks) {
    const e = evidenceOf("task", task.ref);
    lines.push(
      `- **${task.ref}** chủ trì: ${names(task.lead)}${task.coordinating.length ? `; phối hợp: ${names(task.coordinating)}` : ""}${task.deadlineText ? `; thời hạn: “${task.deadlineText}”` : ""} — độ tin cậy ${e ? confidenceWords[e.confidence] : "?"} (${e?.reason ?? ""}) [${e?.source.start}–${e?.source.end}]`,
      `  > ${task.text.replace(/\s+/g, " ").slice(0, 300)}`,
    );
  }
  lines.push("", "## Chỉ tiêu", "");
  for (const i of d.indicators)
    lines.push(
      `- **${i.ref}** ${i.comparator} ${i.target} ${i.unit}${i.baseline ? ` (so với ${i.baseline === "previous_year" ? "năm trước" : i.baseline})` : ""}${i.due ? `, hạn ${i.due}` : ""}: “${i.text}”${i.aggregation === "ratio" ? ` — ${i.numerator} / ${i.denominator}` : i.element ? ` — đo bằng ${i.element}` : ""}`,
    );
  lines.push("", "## Số liệu", "");
  for (const e of d.dataElements) {
    const ev = evidenceOf("dataElement", e.code);
    lines.push(
      `- **${e.code}** “${e.name}” (${e.unit}, ${e.aggregation}${e.agency ? `, ${agencyName(e.agency)}` : ""}) — độ tin cậy ${ev ? confidenceWords[ev.confidence] : "?"} (${ev?.reason ?? ""}) [${ev?.source.start}–${ev?.source.end}]`,
    );
  }
  lines.push("", "## Nhiệm vụ chung", "");
  for (const g of d.generalTasks) lines.push(`- **${g.ref}** ${g.text.replace(/\s+/g, " ").slice(0, 200)}`);
  return `${lines.join("\n")}\n`;
}
