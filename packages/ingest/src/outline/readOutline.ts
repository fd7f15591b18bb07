/**
 * The section structure of a plan document: Roman sections (I., II.), numbered items (1., 2.1.), lettered items
 * (a), b)), bullets ("-", "+") and paragraphs, each with its ref in the catalog's § form and its exact place in
 * the source text. Blocks are the source's paragraphs (separated by blank lines); a paragraph without a marker
 * continues the item before it, unless that item is a heading (short, no closing full stop), whose paragraphs are
 * its own items (§1-p1, §1-p2) — as are an item's words after its agencies in bold, when the reader says they are
 * agencies (`agencyLeadIn`). The recipients' list, the signature and the closing formula ("Trên đây là …") end it.
 */
export type OutlineKind = "roman" | "number" | "letter" | "bullet" | "plus" | "paragraph";

export interface OutlineNode {
  kind: OutlineKind;
  ref: string;
  /** The marker as printed ("II.", "2.1.", "a)", "-"), empty for a paragraph. */
  marker: string;
  /** The marker's label: "II", "2.1", "a", "d2" (a repeated letter); empty for bullets and paragraphs. */
  label: string;
  /** Start and end of the node's own words in the source (marker and markdown emphasis excluded). */
  start: number;
  end: number;
  /** Whether the block was set as a heading (bold or a markdown "#" line). */
  emphasised: boolean;
  children: OutlineNode[];
  parent: OutlineNode | null;
}

export interface Outline {
  /** Paragraphs before the first marked item (the title, preamble, situation). */
  preamble: { start: number; end: number }[];
  roots: OutlineNode[];
}

interface Block {
  start: number;
  end: number;
}

/** The source's paragraphs: runs of non-blank lines, with their offsets. */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const pattern = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) blocks.push({ start: match.index, end: match.index + match[0].length });
  return blocks;
}

const roman = /^([IVXL]{1,6})\.(?:\*\*)?\s+/;
const numbered = /^(\d{1,2}(?:\.\d{1,2}){0,3})[.)](?:\*\*)?\s+/;
const lettered = /^([a-zđ])(\d?)\)(?:\*\*)?\s+/;
const bullet = /^[-–•]\s+/;
const plus = /^\+\s+/;

interface Marked {
  kind: OutlineKind;
  marker: string;
  /** "II", "2.1", "a" */
  label: string;
  start: number;
  end: number;
  emphasised: boolean;
}

/** A block's marker and words, markdown emphasis ("#", "**", "*") stripped from both ends. */
function markBlock(text: string, block: Block): Marked {
  let start = block.start;
  let end = block.end;
  let emphasised = false;
  const skip = () => {
    for (;;) {
      const rest = text.slice(start, end);
      const lead = /^(#{1,6}\s+|\*\*|\*(?!\s)|\s+)/.exec(rest);
      if (!lead) break;
      if (lead[0].startsWith("#") || lead[0] === "**") emphasised = true;
      start += lead[0].length;
    }
  };
  skip();
  for (;;) {
    const tail = /(\*\*|\s+|\\)$/.exec(text.slice(start, end));
    if (!tail || tail[0].length === end - start) break;
    end -= tail[0].length;
  }
  const words = text.slice(start, end);
  const detect: [OutlineKind, RegExp][] = [
    ["roman", roman],
    ["number", numbered],
    ["letter", lettered],
    ["bullet", bullet],
    ["plus", plus],
  ];
  for (const [kind, pattern] of detect) {
    const m = pattern.exec(words);
    if (!m) continue;
    const markerEnd = start + m[0].length;
    const marked: Marked = { kind, marker: m[0].trim(), label: m[1] ?? "", start: markerEnd, end, emphasised };
    if (kind === "letter") marked.label = `${m[1]}${m[2] ?? ""}`;
    // "**1.** Cấp ủy…": the emphasis closes after the marker.
    start = markerEnd;
    skip();
    marked.start = start;
    return marked;
  }
  return { kind: "paragraph", marker: "", label: "", start, end, emphasised };
}

const rank = (m: { kind: OutlineKind; label: string }) => {
  switch (m.kind) {
    case "roman":
      return 0;
    case "number":
      return 1 + m.label.split(".").length;
    case "letter":
      return 10;
    case "bullet":
      return 20;
    case "plus":
      return 21;
    case "paragraph":
      return 30;
  }
};

/**
 * Whether a node reads as a heading: no closing full stop or semicolon, and short — up to 200 characters, or up to
 * 320 when it is a single phrase (no full stop, semicolon or colon inside: "1. Tăng cường vai trò, trách nhiệm của
 * cấp ủy, …, nhất là người đứng đầu trong lãnh đạo, chỉ đạo thực hiện …", a solution group's long title).
 */
export function isHeadingLike(text: string, node: Pick<OutlineNode, "start" | "end" | "emphasised" | "kind">) {
  const words = text.slice(node.start, node.end).trim();
  if (node.kind === "roman") return true;
  if (/[.;:]$/.test(words) && !(node.emphasised && words.length < 120 && words.endsWith(":"))) return false;
  if (words.includes("\n")) return false;
  return words.length <= 200 || (words.length <= 320 && !/[.;:](?:\s|$)/u.test(words));
}

export interface OutlineOptions {
  /**
   * Whether words (a span of the text) are agencies: an item that opens with them in bold ("**5. Sở Giáo dục và Đào
   * tạo; Đại học Thái Nguyên** tiếp tục …") is their heading, its words after the bold and each paragraph after it
   * their items (§5-p1, §5-p2) — the way a notice of conclusions addresses each agency.
   */
  agencyLeadIn?: (start: number, end: number) => boolean;
}

/** "Giao Công an tỉnh … theo dõi, đôn đốc … báo cáo Chủ tịch UBND tỉnh": who monitors the whole document. */
const closingClause = /^(?:Giao|Yêu cầu|Đề nghị)\s[^]*?(?:theo dõi|đôn đốc|kiểm tra)[^]*?(?:báo cáo|tổng hợp)/u;

/**
 * Whether a block closes the document: the recipients' list ("Nơi nhận:"), the signature ("TM.", "KT.", "CHỦ TỊCH",
 * "PHÓ CHỦ TỊCH", "BÍ THƯ" …, then the signer's name) — and, once items have begun, the closing formula ("Trên đây là
 * kết luận …") or the document's entry into force ("Chỉ thị này có hiệu lực kể từ ngày ký").
 */
function closes(block: string, before: readonly Marked[]): boolean {
  if (/^[\s*_#]*(Nơi nhận|TM\.|KT\.)\s*[:.]?/u.test(block)) return true;
  if (
    /^[\s*_#]*(?:(?:Q\.|KT\.|TM\.)\s*)?(?:PHÓ\s+)?(?:CHỦ TỊCH|BÍ THƯ|TRƯỞNG BAN|GIÁM ĐỐC)(?:[\s*_#]|$)/u.test(block) &&
    block.trim().length < 120
  )
    return true;
  if (!before.some((m) => m.kind !== "paragraph")) return false;
  return /^[\s*_#]*(?:Trên đây là(?!\p{L})|(?:Chỉ thị|Kế hoạch|Nghị quyết|Thông báo|Kết luận|Quyết định|Chương trình) này có hiệu lực)/u.test(
    block,
  );
}

export function readOutline(text: string, options: OutlineOptions = {}): Outline {
  const preamble: Block[] = [];
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const letterCounts = new Map<OutlineNode | null, Map<string, number>>();
  const blocks = blocksOf(text);
  const marks = blocks.map((block) => markBlock(text, block));
  const ends = blocks.map((block, i) => closes(text.slice(block.start, block.end), marks.slice(0, i)));
  const stop = ends.indexOf(true);
  const lastItem = marks.slice(0, stop < 0 ? marks.length : stop).findLastIndex((m) => m.kind !== "paragraph");
  let closingParagraphs = 0;
  for (const i of blocks.keys()) {
    if (ends[i]) break;
    const marked = marks[i]!;
    if (marked.end <= marked.start) continue;
    // After the last item, "Giao Công an tỉnh … theo dõi, đôn đốc … báo cáo …" is the document's own closing
    // clause (who monitors and reports), not more of the last item: an item of its own at the top (§p1).
    if (
      marked.kind === "paragraph" &&
      i > lastItem &&
      lastItem >= 0 &&
      closingClause.test(text.slice(marked.start, marked.end))
    ) {
      while (stack.length) stack.pop();
      const node: OutlineNode = {
        kind: "paragraph",
        ref: `§p${++closingParagraphs}`,
        marker: "",
        label: "",
        start: marked.start,
        end: marked.end,
        emphasised: marked.emphasised,
        children: [],
        parent: null,
      };
      roots.push(node);
      stack.push(node);
      continue;
    }
    if (marked.kind === "paragraph") {
      const top = stack.at(-1);
      // A closing clause's next paragraphs continue it.
      if (top && top.kind === "paragraph" && !top.parent) {
        top.end = marked.end;
        continue;
      }
      if (!top) {
        // A preamble paragraph that starts in lower case continues the one before (a line broken by the conversion).
        const last = preamble.at(-1);
        if (last && /^\p{Ll}/u.test(text.slice(marked.start, marked.end))) last.end = marked.end;
        else preamble.push({ start: marked.start, end: marked.end });
        continue;
      }
      // A heading's paragraphs are its items; any other item's next paragraph continues it, as does a paragraph
      // that starts in lower case (a line broken by the conversion).
      if (
        (top.kind !== "paragraph" && !isHeadingLike(text, top)) ||
        /^\p{Ll}/u.test(text.slice(marked.start, marked.end))
      ) {
        top.end = marked.end;
        continue;
      }
      const owner = top.kind === "paragraph" ? top.parent! : top;
      if (top.kind === "paragraph") stack.pop();
      const node: OutlineNode = {
        kind: "paragraph",
        ref: `${owner.ref}-p${owner.children.filter((c) => c.kind === "paragraph").length + 1}`,
        marker: "",
        label: "",
        start: marked.start,
        end: marked.end,
        emphasised: marked.emphasised,
        children: [],
        parent: owner,
      };
      owner.children.push(node);
      stack.push(node);
      continue;
    }
    while (stack.length && rank(stack.at(-1)!) >= rank(marked)) stack.pop();
    const parent = stack.at(-1) ?? null;
    const siblings = parent ? parent.children : roots;
    let ref: string;
    const base = parent?.ref ?? "§";
    const join = (part: string) => (parent ? `${base}.${part}` : `§${part}`);
    if (marked.kind === "roman" || marked.kind === "number") {
      // "2.1." under "2." under "II." is §II.2.1: the full number after the Roman section.
      const romanAncestor = ancestors(parent).find((a) => a.kind === "roman");
      ref =
        marked.kind === "number" && marked.label.includes(".")
          ? `${romanAncestor?.ref ?? "§"}${romanAncestor ? "." : ""}${marked.label}`
          : join(marked.label);
    } else if (marked.kind === "letter") {
      const counts = letterCounts.get(parent) ?? new Map<string, number>();
      letterCounts.set(parent, counts);
      const seen = (counts.get(marked.label) ?? 0) + 1;
      counts.set(marked.label, seen);
      ref = join(seen > 1 ? `${marked.label}${seen}` : marked.label);
    } else {
      const kindSiblings = siblings.filter((s) => s.kind === marked.kind).length + 1;
      ref = parent ? `${base}${marked.kind === "plus" ? "." : "-"}${kindSiblings}` : `§${kindSiblings}`;
    }
    const node: OutlineNode = {
      kind: marked.kind,
      ref,
      marker: marked.marker,
      label: marked.label,
      start: marked.start,
      end: marked.end,
      emphasised: marked.emphasised,
      children: [],
      parent,
    };
    siblings.push(node);
    stack.push(node);
    // "**5. Sở Giáo dục và Đào tạo; Đại học Thái Nguyên** tiếp tục …": the bold agencies head their own words.
    const closing = marked.emphasised ? text.slice(node.start, node.end).indexOf("**") : -1;
    if (closing > 0 && options.agencyLeadIn?.(node.start, node.start + closing)) {
      const rest = text.slice(node.start + closing + 2, node.end);
      const words = node.start + closing + 2 + (rest.length - rest.trimStart().length);
      if (words < node.end) {
        const own: OutlineNode = {
          kind: "paragraph",
          ref: `${node.ref}-p1`,
          marker: "",
          label: "",
          start: words,
          end: node.end,
          emphasised: false,
          children: [],
          parent: node,
        };
        node.end = node.start + text.slice(node.start, node.start + closing).trimEnd().length;
        node.children.push(own);
        stack.push(own);
      }
    }
  }
  return { preamble, roots };
}

function ancestors(node: OutlineNode | null): OutlineNode[] {
  const found: OutlineNode[] = [];
  for (let n = node; n; n = n.parent) found.push(n);
  return found;
}

/** Every node, depth first in document order. */
export function* walkOutline(nodes: readonly OutlineNode[]): Generator<OutlineNode> {
  for (const node of nodes) {
    yield node;
    yield* walkOutline(node.children);
  }
}
