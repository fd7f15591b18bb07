import { agencyName, type CatalogDocument, type DeadlineRule, type DocumentKind, fileNameSlug } from "@pcmt/domain";
import { AgencyGazetteer, type AgencyMention } from "../agencies/agencyGazetteer";
import { readDeadline } from "../deadlines/readDeadline";
import { type KnownDataElement, proposeDataElements } from "../elements/proposeDataElements";
import { ISSUER_UNKNOWN, PROVINCE_UNKNOWN, readHeader, TITLE_UNKNOWN } from "../header/readHeader";
import { isHeadingLike, type OutlineNode, readOutline, walkOutline } from "../outline/readOutline";
import { readTargets } from "../targets/readTargets";
import { isoDate } from "../text/clauses";
import { readFacts } from "./readFacts";
import { headingAgencies, readRoles } from "./readRoles";

/** Where a drafted item comes from: the exact words and their offsets in the source text. */
export interface SourceSpan {
  quote: string;
  start: number;
  end: number;
}

export type ConfidenceLevel = "high" | "medium" | "low";

/** One drafted item's evidence: its span, how sure the ingester is and why. */
export interface ItemEvidence {
  item: "section" | "task" | "generalTask" | "indicator" | "dataElement" | "fact" | "reporting" | "header";
  ref: string;
  source: SourceSpan;
  confidence: ConfidenceLevel;
  reason: string;
}

/** Something the reviewer must decide: the ingester does not guess. */
export interface ReviewPoint {
  item: ItemEvidence["item"];
  ref: string;
  message: string;
  source: SourceSpan | null;
}

export interface DocumentDraft {
  document: CatalogDocument;
  sourceText: string;
  evidence: ItemEvidence[];
  /** Uncertain items, in document order. */
  review: ReviewPoint[];
}

export interface DraftOptions {
  sourceFile: string;
  /** The province, when the reader knows it better than the header says. */
  province?: string;
  gazetteer?: AgencyGazetteer;
  /**
   * The data elements already in the product's catalog: a target measured by an element of the same meaning (name
   * and unit) reuses it instead of a new one. Default: none.
   */
  knownElements?: KnownDataElement[];
}

const defaultGazetteer = new AgencyGazetteer();

/** Sections whose items are objectives or requirements, addressed to nobody by their nature. */
const objectiveHeading = /mục tiêu|mục đích|yêu cầu|quan điểm|giải pháp/iu;
/** …unless they also assign work ("Nhiệm vụ và giải pháp", "Nhiệm vụ, phân công thực hiện"). */
const assignmentHeading = /nhiệm vụ|phân công|tổ chức thực hiện|trách nhiệm/iu;
/** Sections that describe, ask nothing: situation, results. */
const situationHeading = /tình hình|kết quả|đánh giá|thực trạng/iu;

function spanOf(text: string, start: number, end: number): SourceSpan {
  return { quote: text.slice(start, end), start, end };
}

/**
 * The years a document governs, from its title and date ("năm 2024", "giai đoạn 2021 - 2025", "đến năm 2030"); it
 * starts when the text says it takes effect: on signing ("có hiệu lực (thi hành) kể từ ngày ký" — its date), or on a
 * given date ("có hiệu lực từ ngày 01/3/2026").
 */
function coversOf(
  title: string | null,
  issuedOn: string | null,
  text = "",
): { from: string | null; until: string | null } {
  const years = titleCovers(title, issuedOn);
  const effective =
    /có hiệu lực(?: thi hành)?(?: kể)? từ ngày (ký|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{1,2}) tháng (\d{1,2}) năm (\d{4}))/iu.exec(
      text,
    );
  if (!effective) return years;
  const from = /^ký/iu.test(effective[1]!)
    ? issuedOn
    : effective[2]
      ? isoDate(effective[2], effective[3]!, effective[4]!)
      : isoDate(effective[5]!, effective[6]!, effective[7]!);
  if (!from || (years.until && from > years.until)) return years;
  return { from, until: years.until };
}

function titleCovers(title: string | null, issuedOn: string | null): { from: string | null; until: string | null } {
  const words = title ?? "";
  const range = /giai đoạn (\d{4})\s*[-–]\s*(\d{4})/iu.exec(words);
  if (range) return { from: `${range[1]}-01-01`, until: `${range[2]}-12-31` };
  const year = /năm (\d{4})/iu.exec(words);
  if (year && !/đến năm/iu.test(words)) return { from: `${year[1]}-01-01`, until: `${year[1]}-12-31` };
  return { from: issuedOn, until: null };
}

function slugOf(
  kind: DocumentKind | null,
  number: string | null,
  province: string | null,
  issuedOn: string | null,
  title: string | null,
) {
  const kindCode = { ke_hoach: "kh", nghi_quyet: "nq", chi_thi: "ct", thong_bao: "tb" }[kind ?? "ke_hoach"];
  const numberPart = number
    ? number.replace(/\//g, "-")
    : fileNameSlug(title ?? "van-ban")
        .split("-")
        .slice(0, 4)
        .join("-");
  const year = issuedOn?.slice(0, 4) ?? /\d{4}/.exec(title ?? "")?.[0] ?? "";
  return fileNameSlug([kindCode, numberPart, province ?? "", year].filter(Boolean).join("-")).slice(0, 80);
}

/**
 * Whether an item is the document's reporting clause: its subject is the bodies at large ("Các cơ quan, đơn vị",
 * "Các sở, ban, ngành, địa phương", "Định kỳ, các đơn vị"), its verb "báo cáo" (or "gửi báo cáo"), on a recurring
 * schedule.
 */
function isReportingItem(words: string, rule: DeadlineRule | null): boolean {
  if (!rule || !(rule.kind === "recurring" || (rule.kind === "all" && rule.rules.every((r) => r.kind === "recurring"))))
    return false;
  return /^[\s*]*(?:(?:định kỳ|hằng tháng|hàng tháng|hằng quý)[^,.;]{0,40},\s*)?(?:các|mỗi)\s+(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|thành viên)(?:[\s,]+(?:và\s+)?(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|đoàn thể|liên quan|của tỉnh|cấp tỉnh))*\s+(?:(?:định kỳ|thực hiện|có trách nhiệm|thường xuyên)\s+)?(?:gửi\s+)?báo cáo(?!\p{L})/iu.test(
    words,
  );
}

/**
 * A plan document's text → a draft catalog document (packages/catalog/EXTRACTION.md) with every item's source span
 * and confidence, and the points a reviewer must settle. General rules only: the outline, the agency gazetteer,
 * the deadline, target and fact readers.
 */
export function draftDocument(text: string, options: DraftOptions): DocumentDraft {
  const gazetteer = options.gazetteer ?? defaultGazetteer;
  const outline = readOutline(text, {
    agencyLeadIn: (start, end) => headingAgencies(gazetteer, text, start, end).length > 0,
  });
  const firstItem = outline.roots[0]?.start ?? text.length;
  const header = readHeader(text, { start: firstItem });
  const evidence: ItemEvidence[] = [];
  const review: ReviewPoint[] = [];
  const province = options.province ?? header.province;
  // A missing title, issuer or province is one point (said below, where the field is filled), not two.
  for (const doubt of header.doubts)
    if (![TITLE_UNKNOWN, ISSUER_UNKNOWN, PROVINCE_UNKNOWN].includes(doubt))
      review.push({ item: "header", ref: "header", message: doubt, source: null });
  const covers = coversOf(header.title, header.issuedOn, text);

  const sections: CatalogDocument["sections"] = [];
  const tasks: CatalogDocument["tasks"] = [];
  const generalTasks: CatalogDocument["generalTasks"] = [];
  const indicators: CatalogDocument["indicators"] = [];
  /** Where each indicator's words start in the source. */
  const indicatorAt = new Map<string, number>();
  const inheritedOf = new Map<OutlineNode, AgencyMention[]>();
  // Inherited from a list's addressees (every agency a sentence ending in ":" names), not from an agency heading or
  // a subject: an item that names its own agencies is read by those first.
  const weaklyInherited = new Set<OutlineNode>();
  // "… cấp ủy, chính quyền, Mặt trận Tổ quốc … thực hiện tốt các nội dung sau:" — a list's addressees.
  const addressees = (start: number, end: number): AgencyMention[] => {
    const words = text.slice(start, end).trimEnd();
    // "UBND tỉnh ban hành kế hoạch … như sau:" names the issuer, not the list's addressees.
    if (!words.endsWith(":") || /ban hành/iu.test(words.slice(Math.max(words.lastIndexOf(". ") + 1, 0)))) return [];
    const sentence = Math.max(words.lastIndexOf(". ") + 1, 0);
    return gazetteer.find(words.slice(sentence), start + sentence);
  };
  const lastPreamble = outline.preamble.at(-1);
  const rootAddressees = lastPreamble ? addressees(lastPreamble.start, lastPreamble.end) : [];
  // Items closed by a group parenthesis: each sibling before it (since the previous one) shares it.
  const groupOf = new Map<OutlineNode, { start: number; end: number }>();
  for (const node of walkOutline([{ children: outline.roots } as OutlineNode])) {
    let pending: OutlineNode[] = [];
    for (const child of node.children ?? []) {
      pending.push(child);
      const closing = /\n\s*\n\s*(\((?:[^()]*chủ trì[^()]*|[^()]*thực hiện\.?\s*)\)\.?)\s*$/u.exec(
        text.slice(child.start, child.end),
      );
      if (closing) {
        const at = child.start + closing.index + closing[0].indexOf("(");
        for (const sibling of pending) groupOf.set(sibling, { start: at, end: child.end });
        pending = [];
      }
    }
  }
  const contextOf = new Map<OutlineNode, "objective" | "situation" | "assignment">();
  let reportingItem: { node: OutlineNode; ref: string } | null = null;

  // Sections: nodes with items under them; an agency heading passes its agencies to its items.
  for (const node of walkOutline(outline.roots)) {
    const parentInherited = node.parent ? (inheritedOf.get(node.parent) ?? []) : rootAddressees;
    const parentContext = node.parent ? contextOf.get(node.parent)! : "assignment";
    const words = text.slice(node.start, node.end);
    const own =
      node.kind !== "paragraph" && isHeadingLike(text, node)
        ? headingAgencies(gazetteer, text, node.start, node.end)
        : [];
    const listed = node.children.length && own.length === 0 ? addressees(node.start, node.end) : [];
    const subject = listed.length ? readRoles(gazetteer, text, node.start, node.end, []) : null;
    const weak =
      own.length === 0 &&
      !(subject && subject.how === "explicit") &&
      (listed.length > 0 || (node.parent ? weaklyInherited.has(node.parent) : rootAddressees.length > 0));
    if (weak) weaklyInherited.add(node);
    inheritedOf.set(
      node,
      own.length
        ? own
        : subject && subject.how === "explicit"
          ? subject.mentions.filter((m) => subject.lead.includes(m.agency)).slice(0, subject.lead.length)
          : listed.length
            ? listed
            : parentInherited,
    );
    contextOf.set(
      node,
      node.children.length && objectiveHeading.test(words) && !assignmentHeading.test(words) && own.length === 0
        ? "objective"
        : node.children.length && situationHeading.test(words) && own.length === 0
          ? "situation"
          : parentContext,
    );
    const onlyParagraph =
      node.children.length === 1 && node.children[0]!.kind === "paragraph" && node.children[0]!.children.length === 0;
    if (node.children.length && node.kind !== "paragraph") {
      const markerAt = text.lastIndexOf(node.marker, node.start);
      const headingStart = markerAt >= 0 && node.start - markerAt < 12 ? markerAt : node.start;
      const printed = text.slice(headingStart, node.end);
      // The heading as printed, marker included — or its words alone when emphasis splits them ("**1.** …").
      const verbatim = printed.includes("**") ? text.slice(node.start, node.end) : printed;
      sections.push({ ref: node.ref, title: verbatim, parent: node.parent?.ref ?? null });
      evidence.push({
        item: "section",
        ref: node.ref,
        source: spanOf(text, headingStart, node.end),
        confidence: "high",
        reason: `đề mục ${node.marker || "đoạn"}`,
      });
    }
    if (node.children.length && !onlyParagraph) continue;
    // A leaf is an item; a heading with a single paragraph is itself the item (§IV.5), with that paragraph's words.
    if (
      node.kind === "paragraph" &&
      node.parent &&
      node.parent.children.length === 1 &&
      node.parent.kind !== "paragraph" &&
      isHeadingLike(text, node.parent)
    )
      continue;
    const itemNode = onlyParagraph ? node.children[0]! : node;
    const ref = node.ref;
    const section = node.parent?.ref ?? null;
    const context = contextOf.get(node)!;
    if (context === "situation") continue;
    const group = groupOf.get(node);
    const roles = readRoles(gazetteer, text, itemNode.start, itemNode.end, inheritedOf.get(node) ?? [], {
      inheritedFromAddressees: weaklyInherited.has(node),
      ...(group ? { group } : {}),
      mayInfer: context === "assignment",
    });
    const itemText = text.slice(itemNode.start, itemNode.end);
    const span = spanOf(text, itemNode.start, itemNode.end);
    const deadline = readDeadline(itemText, covers);
    const targets = readTargets(itemText);
    const isObjective = context === "objective" && roles.how !== "explicit" && roles.how !== "parenthesis";
    // "2. Các cơ quan, đơn vị báo cáo kết quả … về Công an tỉnh trước ngày 20 hằng tháng": the document's reporting
    // clause written as an item — whoever the bodies are, the agency named is who receives the reports, not a lead.
    if (!reportingItem && isReportingItem(itemText, deadline?.rule ?? null)) {
      reportingItem = { node: itemNode, ref };
      continue;
    }
    if (roles.lead.length === 0 || isObjective) {
      generalTasks.push({ ref, section, text: itemText });
      const mentioned = roles.mentions.length && !isObjective;
      evidence.push({
        item: "generalTask",
        ref,
        source: span,
        confidence: mentioned ? "low" : "high",
        reason: isObjective
          ? "mục tiêu / giải pháp chung, không giao cho cơ quan nào"
          : mentioned
            ? "có nhắc tên cơ quan nhưng không rõ ai chủ trì"
            : "không nêu cơ quan thực hiện",
      });
      if (mentioned)
        review.push({
          item: "generalTask",
          ref,
          message: `nhắc ${[...new Set(roles.mentions.map((m) => m.quote))].join(", ")} nhưng không rõ ai chủ trì — giao cho cơ quan nào?`,
          source: span,
        });
    } else {
      const leadWords = roles.leadQuote ? text.slice(roles.leadQuote.start, roles.leadQuote.end) : null;
      tasks.push({
        ref,
        section,
        text: itemText,
        lead: roles.lead,
        coordinating: roles.coordinating,
        deadline: deadline?.rule ?? null,
        deadlineText: deadline?.quote ?? null,
        indicators: [],
      });
      const confidence: ConfidenceLevel =
        roles.how === "parenthesis" || roles.how === "heading" ? "high" : roles.how === "explicit" ? "medium" : "low";
      // A lead read only from the agencies a sentence names is a reading, not a fact: the reviewer confirms it.
      if (roles.how === "mentioned")
        review.push({
          item: "task",
          ref,
          message: `không nói rõ ai chủ trì — tạm giao cho cơ quan được nhắc trong câu đầu (${roles.lead.map((a) => agencyName(a)).join(", ")}); cần xác nhận`,
          source: span,
        });
      evidence.push({
        item: "task",
        ref,
        source: span,
        confidence,
        reason:
          (deadline?.note ? `${deadline.note}; ` : "") +
          (roles.how === "parenthesis"
            ? `chủ trì ghi trong ngoặc: “${leadWords}”`
            : roles.how === "heading"
              ? `thuộc mục của cơ quan hoặc danh sách giao cho cơ quan (${roles.lead.map((a) => agencyName(a)).join(", ")})`
              : roles.how === "mentioned"
                ? `cơ quan được nhắc trong câu đầu: “${leadWords}”`
                : `cơ quan đứng đầu câu: “${leadWords}”`),
      });
      for (const m of [...roles.mentions].filter(
        (m) => m.dated && (roles.lead.includes(m.agency) || roles.coordinating.includes(m.agency)),
      ))
        review.push({
          item: "task",
          ref,
          message: `“${m.quote}” là ${m.dated} — kiểm tra cơ quan hiện nay`,
          source: spanOf(text, m.start, m.end),
        });
    }
    if (deadline?.doubt)
      review.push({
        item: "task",
        ref,
        message: deadline.doubt,
        source: spanOf(text, itemNode.start + deadline.start, itemNode.start + deadline.end),
      });
    targets.forEach((target, i) => {
      const indicatorRef = targets.length > 1 ? `${ref}.t${i + 1}` : ref;
      const words = itemText.slice(target.start, target.end);
      // A name to read, not to quote: without the emphasis marks a converted text keeps (**…**, _…_).
      const plain = words
        .replace(/\*\*|__|(?<!\w)[*_]|[*_](?!\w)/g, "")
        .replace(/\s+/g, " ")
        .trim();
      const due = readDeadline(words, covers);
      const lead = roles.lead[0] ?? null;
      indicators.push({
        ref: indicatorRef,
        code: `target_${fileNameSlug(indicatorRef.slice(1)).replace(/-/g, "_")}`,
        name: plain.length > 80 ? `${plain.slice(0, 77)}…` : plain,
        text: words,
        agency: isObjective ? null : lead,
        unit: target.unit,
        comparator: target.comparator,
        target: target.target,
        baseline: target.baseline,
        due: due && due.rule.kind === "by" ? due.rule.period : null,
        aggregation: target.unit === "percent" && target.baseline === null ? "ratio" : "sum",
        numerator: null,
        denominator: null,
        element: null,
        minCompleteness: null,
      });
      indicatorAt.set(indicatorRef, itemNode.start + target.start);
      const task = tasks.find((t) => t.ref === ref);
      if (task) task.indicators.push(indicatorRef);
      evidence.push({
        item: "indicator",
        ref: indicatorRef,
        source: spanOf(text, itemNode.start + target.start, itemNode.start + target.end),
        confidence: target.doubt ? "low" : "medium",
        reason: target.doubt ?? "chỉ tiêu có số và từ so sánh",
      });
      if (target.doubt)
        review.push({
          item: "indicator",
          ref: indicatorRef,
          message: target.doubt,
          source: spanOf(text, itemNode.start + target.start, itemNode.start + target.end),
        });
    });
  }

  // The data elements that measure each target (tử số, mẫu số, or the count), reused from the catalog where one of
  // the same meaning exists: each a point for the reviewer to confirm.
  const measured = proposeDataElements(indicators, options.knownElements ?? []);
  for (const measure of measured.indicators) {
    const indicator = indicators.find((i) => i.ref === measure.ref)!;
    indicator.aggregation = measure.aggregation;
    indicator.numerator = measure.numerator;
    indicator.denominator = measure.denominator;
    indicator.element = measure.element;
  }
  const evidenced = new Set<string>();
  for (const proposal of measured.proposals) {
    const at = indicatorAt.get(proposal.indicatorRef)!;
    const source = spanOf(text, at + proposal.start, at + proposal.end);
    review.push({ item: "dataElement", ref: proposal.indicatorRef, message: proposal.message, source });
    if (evidenced.has(proposal.code)) continue;
    evidenced.add(proposal.code);
    evidence.push({
      item: "dataElement",
      ref: proposal.code,
      source,
      confidence: proposal.confidence,
      reason: proposal.reason,
    });
  }

  // The reporting clause: an item that asks for reports on a recurring schedule, the last one in the document.
  let reporting: CatalogDocument["reporting"] = null;
  for (const node of reportingItem ? [reportingItem.node] : [...walkOutline(outline.roots)].reverse()) {
    const words = text.slice(node.start, node.end);
    const at = words.search(/báo cáo/iu);
    if (at < 0) continue;
    const reading = readDeadline(words, covers);
    if (
      !reading ||
      !(
        reading.rule.kind === "recurring" ||
        (reading.rule.kind === "all" && reading.rule.rules.every((r) => r.kind === "recurring"))
      )
    )
      continue;
    const sentenceStart = Math.max(
      0,
      words.lastIndexOf(";", Math.min(at, reading.start)) + 1,
      words.lastIndexOf(". ", Math.min(at, reading.start)) + 1,
    );
    const stop = /[.;](\s|$)/u.exec(words.slice(Math.max(at, reading.end)));
    const sentenceEnd = stop ? Math.max(at, reading.end) + stop.index : words.length;
    const quoteStart =
      node.start + sentenceStart + (words.slice(sentenceStart).length - words.slice(sentenceStart).trimStart().length);
    reporting = {
      text: text.slice(quoteStart, node.start + sentenceEnd),
      rule: reading.rule,
    };
    evidence.push({
      item: "reporting",
      ref: reportingItem?.ref ?? node.ref,
      source: spanOf(text, quoteStart, node.start + sentenceEnd),
      confidence: "medium",
      reason: "câu yêu cầu báo cáo định kỳ",
    });
    break;
  }
  if (!reporting)
    review.push({
      item: "reporting",
      ref: "reporting",
      message: "không thấy chế độ báo cáo định kỳ — văn bản sẽ được báo cáo mỗi năm một lần",
      source: null,
    });

  const facts = readFacts(
    text,
    outline.preamble,
    [...walkOutline(outline.roots)].filter((n) => contextOf.get(n) === "situation"),
  );
  for (const fact of facts)
    evidence.push({
      item: "fact",
      ref: fact.name,
      source: fact.source,
      confidence: fact.asOf ? "medium" : "low",
      reason: fact.asOf ? "số liệu tình hình có ngày" : "số liệu tình hình không ghi ngày",
    });

  const missing = (value: string | null, what: string) => {
    if (value) return value;
    review.unshift({
      item: "header",
      ref: "header",
      message: what === "tỉnh" ? PROVINCE_UNKNOWN : `thiếu ${what} — cần nhập trước khi công bố`,
      source: null,
    });
    return "(cần nhập)";
  };
  const document: CatalogDocument = {
    slug: slugOf(header.kind, header.number, province, header.issuedOn, header.title),
    sourceFile: options.sourceFile,
    number: header.number,
    kind: header.kind ?? "ke_hoach",
    issuer: missing(header.issuer, "cơ quan ban hành"),
    province: missing(province, "tỉnh"),
    issuedOn: header.issuedOn,
    title: missing(header.title, "trích yếu"),
    covers,
    replacedBy: null,
    reporting,
    sections,
    tasks,
    generalTasks,
    indicators,
    dataElements: measured.dataElements,
    facts: facts.map(({ source: _source, ...fact }) => fact),
  };
  if (!header.kind)
    review.unshift({ item: "header", ref: "header", message: "loại văn bản tạm đặt là kế hoạch", source: null });
  review.sort((a, b) => (a.source?.start ?? -1) - (b.source?.start ?? -1));
  return { document, sourceText: text, evidence, review };
}
