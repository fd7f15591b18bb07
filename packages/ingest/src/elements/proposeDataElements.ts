import type { AgencyCode, Aggregation, CatalogDocument, CatalogIndicator } from "@pcmt/domain";
import type { ConfidenceLevel } from "../draft/draftDocument";

export type DocumentDataElement = CatalogDocument["dataElements"][number];

/** A data element already in the product's catalog, which a new document may measure again. */
export interface KnownDataElement {
  code: string;
  name: string;
  unit: string;
  agency: AgencyCode | null;
  aggregation: Aggregation;
  /** The document it was defined for, when it comes from one. */
  documentSlug?: string;
}

export type ElementRole = "numerator" | "denominator" | "element";

/** One data element proposed for one indicator, for the reviewer to confirm. */
export interface DataElementProposal {
  indicatorRef: string;
  role: ElementRole;
  code: string;
  /** Where the element's verbatim `text` sits in the indicator's text. */
  start: number;
  end: number;
  /** The known element reused, when one of the same meaning exists. */
  reusedFrom: KnownDataElement | null;
  /** The indicator of this document whose element it shares, when an earlier target measures the same thing. */
  sharedWith: string | null;
  confidence: ConfidenceLevel;
  reason: string;
  /** The review point's words ("Đề xuất phần tử dữ liệu …"). */
  message: string;
}

/** How an indicator is measured: its aggregation and the codes of its data elements. */
export interface IndicatorMeasure {
  ref: string;
  aggregation: Aggregation;
  numerator: string | null;
  denominator: string | null;
  element: string | null;
}

export interface DataElementsProposal {
  /** The document's data elements, each once, in the order first proposed. */
  dataElements: DocumentDataElement[];
  indicators: IndicatorMeasure[];
  proposals: DataElementProposal[];
}

/** The well-known denominator of a share of communes: the province's communes, filled from the place hierarchy. */
export const communesTotal = {
  code: "communes_total",
  name: "Tổng số xã, phường, đặc khu",
  unit: "commune",
} as const;

interface Span {
  start: number;
  end: number;
}

/** A reading of what one element counts: its words in the indicator's text and its name. */
interface Reading {
  span: Span;
  name: string;
  unit: string;
  /** Platform-filled denominator (communes_total). */
  communes?: boolean;
  /** Events the target counts ("không để phát sinh …") add up; otherwise read from the name and unit. */
  aggregation?: Aggregation;
  confidence: ConfidenceLevel;
  how: string;
}

const letter = "\\p{L}\\p{N}";

/** Lower-case, without diacritics ("Tỷ lệ" → "ty le", "đ" → "d"). */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase();
}

/** The words of a name, lower-case, without punctuation and without the `stop` words (before folding: "số" ≠ "sở"). */
function wordsWithout(name: string, stop: RegExp): string[] {
  return fold(
    name
      .normalize("NFC")
      .toLocaleLowerCase("vi")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .replace(/^\s*lượng(?!\p{L})/u, " ")
      .replace(stop, " "),
  )
    .split(" ")
    .filter(Boolean);
}

const wordList = (words: string) => new RegExp(`(?<![${letter}])(?:${words})(?![${letter}])`, "gu");
const stopWords = wordList("tổng số|số lượng|số|các|những|và|của|toàn bộ");
const codeStopWords = wordList("tổng số|số lượng|số|các|những|của|về|và|với|cho|tại|là|được");

/** A name compared by meaning: folded, punctuation and stop words ("số", "tổng số", "lượng", "các", "và") out. */
export function normalisedName(name: string): string {
  return wordsWithout(name, stopWords).join(" ");
}

/** A snake_case ASCII code from a name, not among `taken` (longer, then numbered, when it is). */
function codeOf(name: string, taken: (code: string) => boolean): string {
  const tokens = wordsWithout(name, codeStopWords)
    .map((t) => t.replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
  if (tokens.length === 0) tokens.push("element");
  if (!/^[a-z]/.test(tokens[0]!)) tokens.unshift("e");
  const make = (n: number) => tokens.slice(0, n).join("_").slice(0, 48).replace(/_+$/, "");
  for (const n of [6, 8, 10]) {
    const code = make(n);
    if (!taken(code)) return code;
  }
  const base = make(10);
  for (let i = 2; ; i++) if (!taken(`${base}_${i}`)) return `${base}_${i}`;
}

const communeWords = "xã|phường|thị trấn|đặc khu|đơn vị hành chính cấp xã|đơn vị cấp xã|địa bàn cấp xã";
const placeQualifier = /\s+(?:trên địa bàn(?:\s+(?:tỉnh|toàn tỉnh|huyện|thành phố))?|của tỉnh|toàn tỉnh|trong tỉnh)$/iu;

/** The unit an item is counted in, from its head noun; null when the head says nothing. */
function unitOfItem(item: string): string | null {
  const head = item.replace(/^(?:tổng số|số lượng|số|các|những|toàn bộ)\s+/iu, "").trim();
  const starts = (alternatives: string) => new RegExp(`^(?:${alternatives})(?![${letter}])`, "iu").test(head);
  if (starts(communeWords)) return "commune";
  if (starts("trường hợp|vụ|vụ án|vụ việc|hành vi")) return "case";
  if (starts("khu vực trường học|trường|trường học|cơ sở giáo dục")) return "school";
  if (
    starts(
      "người|đối tượng|học sinh|sinh viên|cán bộ|chiến sỹ|chiến sĩ|công nhân|thanh niên|hội viên|đoàn viên|bệnh nhân|học viên|phạm nhân|trẻ em|người dân",
    )
  )
    return "person";
  if (starts("điểm|tụ điểm|địa bàn|địa điểm|tuyến")) return "location";
  if (starts("diện tích|ha|héc ta|hecta")) return "hectare";
  if (starts("cơ sở|trạm|bệnh viện|trung tâm")) return "facility";
  if (starts("cơ quan|doanh nghiệp")) return "organization";
  if (starts("lượt|tin|bài|loại|sản phẩm")) return "count";
  return null;
}

/** The items of a list ("xã, phường, thị trấn, trường học" → four), with their offsets in `text`. */
function itemsOf(text: string, span: Span): (Span & { unit: string | null })[] {
  const items: (Span & { unit: string | null })[] = [];
  const words = text.slice(span.start, span.end);
  const separator = /,\s*|\s+(?:và|hoặc)\s+/gu;
  let from = 0;
  const push = (to: number) => {
    const raw = words.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const item = raw.trim();
    if (item)
      items.push({
        start: span.start + from + lead,
        end: span.start + from + lead + item.length,
        unit: unitOfItem(item),
      });
  };
  for (const m of words.matchAll(separator)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(words.length);
  return items;
}

interface UnitReading {
  unit: string;
  mixed: string[];
}

function unitOfPhrase(text: string, span: Span): UnitReading {
  const items = itemsOf(text, span);
  const known = [...new Set(items.map((i) => i.unit).filter((u): u is string => u !== null))];
  if (known.length > 1) return { unit: "count", mixed: known };
  return { unit: items[0]?.unit ?? known[0] ?? "count", mixed: [] };
}

/** Every item of the whole is a commune word ("xã, phường, thị trấn", "đơn vị cấp xã"). */
function isCommunes(text: string, span: Span): boolean {
  const items = itemsOf(text, span);
  return (
    items.length > 0 &&
    items.every((i) =>
      new RegExp(`^(?:${communeWords})$`, "iu").test(
        text
          .slice(i.start, i.end)
          .replace(/^(?:các|những|số)\s+/iu, "")
          .replace(placeQualifier, ""),
      ),
    )
  );
}

/** Leading list markers, emphasis and space, trailing punctuation and space, a closing parenthesis never opened. */
function trimSpan(text: string, span: Span, leading?: RegExp): Span {
  let { start, end } = span;
  const skip = (pattern: RegExp) => {
    const m = pattern.exec(text.slice(start, end));
    if (m && m.index === 0) start += m[0].length;
  };
  for (let changed = true; changed && start < end;) {
    const before = start;
    skip(/^[\s*\-+–•]+/u);
    if (leading) skip(leading);
    changed = start !== before;
  }
  for (;;) {
    const words = text.slice(start, end);
    const trailing = /[\s,;:*]+$/u.exec(words);
    if (trailing && trailing[0].length > 0) {
      end -= trailing[0].length;
      continue;
    }
    if (words.endsWith(")") && !words.includes("(")) {
      end -= 1;
      continue;
    }
    break;
  }
  return { start, end: Math.max(start, end) };
}

/** Where a phrase that starts at `from` ends: a full stop, another target, a time phrase, a new clause. */
function phraseEnd(text: string, from: number, extra: RegExp[] = []): number {
  const stops = [
    /[;.](?!\d)/u,
    /\n/u,
    /,\s*(?=\d+(?:,\d+)?\s?%)/u,
    new RegExp(
      `,\\s*(?=(?:đạt|phấn đấu|góp phần|bảo\\s+đảm|đảm\\s+bảo|nhằm|để|không để|trong đó)(?![${letter}]))`,
      "iu",
    ),
    /\s+(?=(?:đến hết|đến|trong|vào cuối|cuối|từ)\s+năm\s+\d{4})/iu,
    /\s+(?=năm\s+\d{4}(?!\d))/iu,
    new RegExp(`\\s+(?=(?:hằng|hàng)\\s+năm(?![${letter}]))`, "iu"),
    /\s+(?=so với)/iu,
    ...extra,
  ];
  const words = text.slice(from);
  let end = words.length;
  for (const stop of stops) {
    const m = stop.exec(words);
    if (m && m.index < end) end = m.index;
  }
  return from + end;
}

/** The words of a span on one line, as a name is printed. */
const wordsOf = (text: string, span: Span) => text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
const countName = (words: string) =>
  /^(?:số|tổng số|diện tích)(?!\p{L})/iu.test(words) ? capitalised(words) : `Số ${words}`;

const countLead = /^(?:tổng số|số lượng|số|các|những|toàn bộ|tình trạng|thêm)\s+/iu;

/**
 * A share: "Tỷ lệ X được Y đạt trên 80%", "trên 80% số X được Y", "tuyên truyền tại 100% số X" (Y before it),
 * "đưa toàn bộ số X vào diện quản lý" → the part counted (X that are Y) and the whole (all X).
 */
function readShare(text: string): { numerator: Reading; denominator: Reading } | null {
  const kept = readKept(text);
  if (kept) return kept;
  const anchor = /(\d+(?:,\d+)?)\s?%|toàn bộ(?=\s+số\s)/iu.exec(text);
  const rate = /(?<![\p{L}])t[ỷỉ] lệ\s+/iu.exec(text);
  let subject: Span;
  let before: Span | null = null;
  let how: string;
  if (rate && (!anchor || rate.index < anchor.index)) {
    const end = anchor ? anchor.index : phraseEnd(text, rate.index + rate[0].length);
    subject = { start: rate.index + rate[0].length, end };
    const words = text.slice(subject.start, subject.end);
    const comparator = new RegExp(
      `\\s*(?:(?:phải|phấn đấu)\\s+)?(?:đạt|từ|trên|dưới|hơn|ít nhất|tối thiểu|là|ở mức|bằng)(?:\\s+(?:từ|trên|dưới|hơn|ít nhất))?\\s*$`,
      "iu",
    ).exec(words);
    if (comparator) subject.end -= comparator[0].length;
    how = "tỷ lệ";
  } else if (anchor) {
    const from = anchor.index + anchor[0].length;
    subject = { start: from, end: phraseEnd(text, from) };
    before = beforeAction(text, anchor.index);
    how = "phần trăm";
  } else return null;
  subject = trimSpan(text, subject, /^(?:tổng số|số lượng|số|các|những)\s+/iu);
  if (subject.end <= subject.start) return null;
  const words = text.slice(subject.start, subject.end);
  const strong = new RegExp(
    `\\s(?:đã được|được|không có|không còn|đủ|đạt|ký|vào|tham gia|đã)(?![${letter}])`,
    "iu",
  ).exec(words);
  // "100% cơ sở giáo dục trung học tổ chức ít nhất 01 buổi ngoại khóa": with no action named before the figure, the
  // whole ends at the verb of what the counted part does ("có", "tổ chức", "thực hiện", "xây dựng", …).
  const weak = before
    ? null
    : new RegExp(
        `\\s(?:có|tổ chức|thực hiện|triển khai|xây dựng|duy trì|lồng ghép|phát động|hoàn thành|ban hành|bố trí|thành lập)(?![${letter}])`,
        "iu",
      ).exec(words);
  const marker = strong ?? weak;
  let whole: Span;
  let numeratorSpan: Span;
  let numeratorName: string;
  let confidence: ConfidenceLevel = "medium";
  if (marker) {
    whole = trimSpan(text, { start: subject.start, end: subject.start + marker.index });
    numeratorSpan = subject;
    numeratorName = countName(wordsOf(text, subject));
    how += `: phần được đếm “${wordsOf(text, subject)}” trên tổng “${wordsOf(text, whole)}”`;
  } else if (before) {
    whole = subject;
    numeratorSpan = { start: before.start, end: subject.end };
    numeratorName = `${countName(wordsOf(text, whole))} được ${lowerFirst(wordsOf(text, before))}`;
    how += `: “${wordsOf(text, whole)}” được “${wordsOf(text, before)}” trên tổng số đó`;
  } else {
    whole = subject;
    numeratorSpan = subject;
    numeratorName = `${countName(wordsOf(text, whole))} đạt yêu cầu`;
    confidence = "low";
    how += `: không rõ điều kiện của phần được đếm trong “${wordsOf(text, whole)}”`;
  }
  if (whole.end <= whole.start) return null;
  const wholeUnit = unitOfPhrase(text, whole);
  if (wholeUnit.mixed.length) {
    confidence = "low";
    how += `; tổng gồm nhiều loại (${wholeUnit.mixed.join(", ")}) — nên tách thành nhiều chỉ tiêu`;
  }
  const communes = isCommunes(text, whole);
  return {
    numerator: { span: numeratorSpan, name: numeratorName, unit: wholeUnit.unit, confidence, how },
    denominator: communes
      ? {
          span: whole,
          name: communesTotal.name,
          unit: communesTotal.unit,
          communes: true,
          confidence: "high",
          how: `tỷ lệ trên các xã, phường (“${wordsOf(text, whole)}”): mẫu số là phần tử chung “${communesTotal.code}” — tổng số xã, phường, đặc khu của tỉnh, nền tảng lấy từ danh mục địa bàn`,
        }
      : { span: whole, name: countName(wordsOf(text, whole)), unit: wholeUnit.unit, confidence, how },
  };
}

/**
 * "“giữ vững” đối với địa bàn xã, phường đã được công nhận không ma túy": of the places already recognised, the share
 * that keeps it — the part "Số … giữ vững được" on the whole "Số … đã được công nhận …" (never communes_total: only
 * the recognised ones count).
 */
function readKept(text: string): { numerator: Reading; denominator: Reading } | null {
  if (/\d\s?%/u.test(text)) return null;
  const held =
    /giữ vững[”"]?\s+(?:đối với\s+)?(?=(?:các\s+|những\s+)?(?:địa bàn|xã|phường|cơ quan|đơn vị|trường)(?![\p{L}])[^.;]{0,60}?đã (?:được )?(?:công nhận|đạt))/iu.exec(
      text,
    );
  if (!held) return null;
  const from = held.index + held[0].length;
  const whole = trimSpan(text, { start: from, end: phraseEnd(text, from) }, /^(?:các|những)\s+/iu);
  if (whole.end <= whole.start) return null;
  const recognised = /\s(?:đã được|đã)(?![\p{L}])/iu.exec(text.slice(whole.start, whole.end));
  const kind = trimSpan(text, { start: whole.start, end: recognised ? whole.start + recognised.index : whole.end });
  const head = trimSpan(text, kind, /^địa bàn\s+(?=xã|phường)/iu);
  const unit = unitOfPhrase(text, head).unit;
  const how = `“giữ vững” những nơi đã được công nhận: phần giữ được trên tổng “${wordsOf(text, whole)}”`;
  return {
    numerator: { span: whole, name: `${countName(wordsOf(text, whole))} giữ vững được`, unit, confidence: "low", how },
    denominator: { span: whole, name: countName(wordsOf(text, whole)), unit, confidence: "medium", how },
  };
}

/** The action a share is a share of, stated before the figure ("Kiểm soát chặt chẽ 100% …"); null when none. */
function beforeAction(text: string, at: number): Span | null {
  let words = text.slice(0, at);
  words = words.replace(
    new RegExp(`\\s*(?:(?:tại|cho|ở|đối với|với|của|trong|trên|hơn|dưới|ít nhất|tối thiểu|đạt|từ)\\s*)+$`, "iu"),
    "",
  );
  let start = 0;
  const connectors = new RegExp(
    `(?:^|[,:]\\s*|\\s)(?:phấn đấu|đảm\\s+bảo|bảo\\s+đảm|nhằm|để|đạt|giúp|phối hợp(?: với)?(?: các)? (?:cơ quan|ngành|đơn vị|lực lượng)(?: chức năng| liên quan)?)(?![${letter}])\\s*`,
    "giu",
  );
  for (const m of words.matchAll(connectors)) start = m.index + m[0].length;
  const time = /^(?:[\s*\-+–•]*)(?:đến hết|đến|trong|từ)\s+năm\s+\d{4}\s*,?\s*/iu.exec(words.slice(start));
  if (time) start += time[0].length;
  let span = trimSpan(text, { start, end: words.length });
  const syllables = wordsOf(text, span).split(" ");
  if (syllables.length > 12) {
    const cut = new RegExp(`\\s(?:với|bằng|thông qua|theo)(?![${letter}])`, "iu");
    const rest = text.slice(span.start, span.end);
    let m: RegExpExecArray | null;
    let offset = 0;
    while ((m = cut.exec(rest.slice(offset)))) {
      const at = offset + m.index;
      if (rest.slice(0, at).split(/\s+/).length > 3) {
        span = { start: span.start, end: span.start + at };
        break;
      }
      offset = at + m[0].length;
    }
  }
  span = trimSpan(text, span);
  return span.end > span.start && /\p{L}/u.test(text.slice(span.start, span.end)) ? span : null;
}

/** A growth or trend: "Số vụ X tăng từ 5% so với năm trước", "tăng 5% số vụ X", "giảm số X", "giữ vững số X". */
function readGrowth(text: string, indicatorUnit: string): Reading {
  const count = /(?<![\p{L}])(?:tổng\s+)?số(?![\p{L}])/iu.exec(text);
  const verb = new RegExp(`\\s(?:tăng|giảm|gia tăng)(?![${letter}])`, "iu");
  const figure = /\s+(?:(?:dưới|trên|ít nhất|tối thiểu|từ)\s+)?\d+(?:,\d+)?\s?%/iu;
  if (count) {
    const end = phraseEnd(text, count.index, [verb, figure]);
    let span = trimSpan(text, { start: count.index, end });
    let how = `số liệu được so với kỳ trước: “${wordsOf(text, span)}”`;
    let confidence: ConfidenceLevel = "medium";
    const second = /\s+và\s+(?=số(?![\p{L}]))/iu.exec(text.slice(span.start, span.end));
    if (second) {
      how = `chỉ tiêu nêu nhiều số liệu — lấy số đầu “${wordsOf(text, { start: span.start, end: span.start + second.index })}”, số sau (“${wordsOf(text, { start: span.start + second.index + second[0].length, end: span.end })}”) cần một chỉ tiêu riêng`;
      span = trimSpan(text, { start: span.start, end: span.start + second.index });
      confidence = "low";
    }
    const unit = unitOfPhrase(text, trimSpan(text, span, countLead));
    return { span, name: countName(wordsOf(text, span)), unit: unit.unit, confidence, how };
  }
  const at = verb.exec(text);
  const span = trimSpan(text, { start: 0, end: at ? at.index : phraseEnd(text, 0) });
  return {
    span,
    name: countName(wordsOf(text, span)),
    unit: indicatorUnit === "percent" ? unitOfPhrase(text, span).unit : indicatorUnit,
    confidence: "low",
    how: `không thấy “số …” — tạm lấy “${wordsOf(text, span)}”`,
  };
}

const unitPrefix: Record<string, string> = { case: "vụ", location: "điểm", person: "người", hectare: "diện tích" };

/** A count target: "không để phát sinh X" (= 0), "giữ vững 02 địa bàn X" (= 2), "số X …". */
function readCount(text: string, unit: string): Reading {
  const none = new RegExp(
    `không\\s+(?:để\\s+)?(?:cho\\s+)?(xảy ra|phát sinh|hình thành|tái phát|tái diễn)(?![${letter}])\\s*`,
    "iu",
  ).exec(text);
  if (none) {
    const from = none.index + none[0].length;
    let span = trimSpan(text, { start: from, end: phraseEnd(text, from) }, countLead);
    let how = `số phát sinh phải bằng 0: “${wordsOf(text, span)}”`;
    let confidence: ConfidenceLevel = "medium";
    if (span.end > span.start && !/^(?:hoặc|và|trở lại|lại)(?!\p{L})/iu.test(wordsOf(text, span))) {
      const items = itemsOf(text, span);
      const units = [...new Set(items.map((i) => i.unit).filter((u): u is string => u !== null))];
      if (units.length > 1) {
        const first = items.find((i) => i.unit === unit);
        how = `văn bản nêu nhiều loại (${units.join(", ")}) — lấy phần đếm bằng “${unit}”${first ? "" : " (không thấy, lấy cả cụm)"}; phần kia cần một chỉ tiêu riêng`;
        if (first) span = trimSpan(text, { start: first.start, end: span.end }, countLead);
        confidence = "low";
      }
      const counted = wordsOf(text, span).replace(placeQualifier, "");
      const head = unitOfPhrase(text, span).unit;
      const prefix = head === unit || head !== "count" || !unitPrefix[unit] ? "" : `${unitPrefix[unit]} `;
      const happening = none[1]!.toLowerCase();
      const suffix =
        happening === "xảy ra"
          ? ""
          : happening === "phát sinh" && !/(?<!\p{L})mới(?!\p{L})/u.test(counted)
            ? " phát sinh mới"
            : ` ${happening}`;
      return { span, name: countName(`${prefix}${counted}${suffix}`), unit, confidence, how, aggregation: "sum" };
    }
    // "không để phát sinh hoặc phức tạp trở lại": what happens is not named — the event itself, for the reviewer.
    const verbAt = none.index + none[0].indexOf(none[1]!);
    const event = trimSpan(text, { start: verbAt, end: phraseEnd(text, verbAt) });
    return {
      span: event,
      name: countName(`${unitPrefix[unit] ?? ""} ${wordsOf(text, event)}`.trim()),
      unit,
      confidence: "low",
      how: `không rõ đếm cái gì — tạm lấy “${wordsOf(text, event)}”`,
      aggregation: "sum",
    };
  }
  // "năm 2024 đưa địa bàn thị trấn X vào diện chuyển hóa", "đưa 03 địa bàn vào diện chuyển hóa".
  const taken =
    /đưa\s+(?:\d+\s+)?(?:các\s+)?(địa bàn|xã|điểm)(?![\p{L}])[^.;]{0,80}?vào\s+((?:diện|danh sách)\s+chuy(?:ể|ê)n hóa)/iu.exec(
      text,
    );
  if (taken) {
    const span = trimSpan(text, { start: taken.index, end: taken.index + taken[0].length });
    return {
      span,
      name: `Số ${taken[1]!.toLocaleLowerCase("vi")} được đưa vào ${taken[2]!}`,
      unit,
      confidence: "medium",
      how: `số nơi được đưa vào diện chuyển hóa: “${wordsOf(text, span)}”`,
      aggregation: "sum",
    };
  }
  // "có ít nhất 01 mô hình …", "phấn đấu năm 2024 phải có tổ chức, cá nhân đăng ký …": the things counted.
  const atLeast = /(?:ít nhất|tối thiểu|không ít hơn|phải có)\s+(?:(?:\d+|một|hai|ba|bốn)\s+)?(?=\p{L})/iu.exec(text);
  if (atLeast) {
    const from = atLeast.index + atLeast[0].length;
    const span = trimSpan(text, { start: from, end: phraseEnd(text, from) });
    return {
      span,
      name: countName(wordsOf(text, span)),
      unit,
      confidence: "low",
      how: `số tối thiểu phải có: “${wordsOf(text, span)}”`,
    };
  }
  const held = /giữ vững\s+\d+\s+(?=(?:địa bàn|xã|điểm))/iu.exec(text);
  if (held) {
    const from = held.index + held[0].length;
    const span = trimSpan(text, { start: from, end: phraseEnd(text, from) });
    return {
      span,
      name: countName(wordsOf(text, span)),
      unit,
      confidence: "medium",
      how: `số được giữ vững: “${wordsOf(text, span)}”`,
    };
  }
  const count = /(?<![\p{L}])(?:tổng\s+)?số(?![\p{L}])/iu.exec(text);
  if (count) {
    const span = trimSpan(text, { start: count.index, end: phraseEnd(text, count.index) });
    return {
      span,
      name: countName(wordsOf(text, span)),
      unit,
      confidence: "medium",
      how: `số được đếm: “${wordsOf(text, span)}”`,
    };
  }
  const span = trimSpan(text, { start: 0, end: text.length });
  return {
    span,
    name: countName(wordsOf(text, span).slice(0, 120)),
    unit,
    confidence: "low",
    how: "không rõ đếm cái gì — tạm lấy cả câu chỉ tiêu",
  };
}

const events =
  /phát hiện|bắt giữ|phát sinh|hình thành|triệt xóa|triệt phá|xảy ra|xét xử|giải quyết|xử lý|khởi tố|lượt|tin, bài/iu;
const elementAggregation = (name: string, unit: string): Aggregation =>
  unit === "case" || unit === "hectare" || events.test(name) ? "sum" : "latest";

const roleWords: Record<ElementRole, string> = { numerator: "tử số", denominator: "mẫu số", element: "số liệu đo" };

/** A ratio, not a growth: a percent with no baseline, not "tỷ lệ gia tăng". */
const isShare = (i: CatalogIndicator) =>
  i.unit === "percent" && i.baseline === null && !/t[ỷỉ] lệ gia tăng|so với (?:năm trước|cùng kỳ)/iu.test(i.text);

/**
 * For each drafted indicator, the data elements that measure it: a share (a percent of a whole) gets a numerator
 * and a denominator — the province's communes (`communes_total`) when the whole is the communes —, a count or a
 * growth the element it counts. An element of the same meaning (name compared by `normalisedName`, and the same
 * unit) among the known elements or among those already proposed is reused; otherwise a new code. Pure: every
 * proposal carries its confidence, its reason and the words the reviewer confirms.
 */
export function proposeDataElements(
  indicators: readonly CatalogIndicator[],
  knownElements: readonly KnownDataElement[] = [],
): DataElementsProposal {
  const dataElements: DocumentDataElement[] = [];
  const proposals: DataElementProposal[] = [];
  const measures: IndicatorMeasure[] = [];
  const firstIndicatorOf = new Map<string, string>();
  const knownCodes = new Set(knownElements.map((k) => k.code));
  const used = new Set<string>();
  const taken = (code: string) => used.has(code) || knownCodes.has(code) || code === communesTotal.code;

  const propose = (indicator: CatalogIndicator, role: ElementRole, reading: Reading): string => {
    const key = `${normalisedName(reading.communes ? communesTotal.name : reading.name)}|${reading.unit}`;
    const inDocument = reading.communes
      ? dataElements.find((d) => d.code === communesTotal.code)
      : dataElements.find((d) => `${normalisedName(d.name)}|${d.unit}` === key);
    const sameName = reading.communes
      ? []
      : knownElements.filter((k) => normalisedName(k.name) === normalisedName(reading.name));
    const known = reading.communes
      ? (knownElements.find((k) => k.code === communesTotal.code) ?? null)
      : (sameName.find((k) => k.unit === reading.unit) ?? null);
    const otherUnit = known ? undefined : sameName[0];
    let element: DocumentDataElement;
    let label: string;
    let confidence = reading.confidence;
    let reason = reading.how;
    const text = indicator.text.slice(reading.span.start, reading.span.end);
    if (inDocument) {
      element = inDocument;
      label = `dùng chung “${element.code}” với chỉ tiêu ${firstIndicatorOf.get(element.code)}`;
      reason += `; cùng nghĩa với số liệu của chỉ tiêu ${firstIndicatorOf.get(element.code)}`;
    } else if (reading.communes) {
      element = {
        code: communesTotal.code,
        name: communesTotal.name,
        text,
        agency: indicator.agency,
        unit: communesTotal.unit,
        aggregation: "latest",
      };
      label = `phần tử chung “${communesTotal.code}”, lấy từ danh mục địa bàn`;
    } else if (known) {
      element = {
        code: known.code,
        name: known.name,
        text,
        agency: known.agency,
        unit: known.unit,
        aggregation: known.aggregation,
      };
      label = `dùng lại “${known.code}”${known.documentSlug ? ` của văn bản ${known.documentSlug}` : " của danh mục"}`;
      reason += `; cùng tên và đơn vị (${known.unit}) với “${known.code}” đã có`;
      if (confidence === "medium") confidence = "high";
    } else {
      const code = codeOf(reading.name, taken);
      element = {
        code,
        name: reading.name,
        text,
        agency: indicator.agency,
        unit: reading.unit,
        aggregation: reading.aggregation ?? elementAggregation(reading.name, reading.unit),
      };
      label = `mới: “${code}”`;
      if (otherUnit)
        reason += `; “${otherUnit.code}” cùng tên nhưng đơn vị khác (${otherUnit.unit} ≠ ${reading.unit}) — không dùng lại`;
    }
    if (!inDocument) {
      dataElements.push(element);
      used.add(element.code);
      firstIndicatorOf.set(element.code, indicator.ref);
    }
    proposals.push({
      indicatorRef: indicator.ref,
      role,
      code: element.code,
      start: reading.span.start,
      end: reading.span.end,
      reusedFrom: inDocument ? null : known,
      sharedWith: inDocument ? (firstIndicatorOf.get(element.code) ?? null) : null,
      confidence,
      reason,
      message: `Đề xuất phần tử dữ liệu “${element.name}” (${label}) làm ${roleWords[role]} cho chỉ tiêu ${indicator.ref} — cần xác nhận`,
    });
    return element.code;
  };

  for (const indicator of indicators) {
    const text = indicator.text;
    const share = isShare(indicator) ? readShare(text) : null;
    if (share) {
      measures.push({
        ref: indicator.ref,
        aggregation: "ratio",
        numerator: propose(indicator, "numerator", share.numerator),
        denominator: propose(indicator, "denominator", share.denominator),
        element: null,
      });
      continue;
    }
    const reading =
      indicator.unit === "percent" || indicator.baseline !== null
        ? readGrowth(text, indicator.unit)
        : readCount(text, indicator.unit);
    measures.push({
      ref: indicator.ref,
      aggregation: "sum",
      numerator: null,
      denominator: null,
      element: reading.span.end > reading.span.start ? propose(indicator, "element", reading) : null,
    });
  }
  return { dataElements, indicators: measures, proposals };
}
