import type { AgencyCode } from "@pcmt/domain";
import { type AgencyGazetteer, type AgencyMention, agenciesOf } from "../agencies/agencyGazetteer";

/** Who leads (chủ trì) and who coordinates (phối hợp) an item, how that was read, and how sure it is. */
export interface RoleReading {
  lead: AgencyCode[];
  coordinating: AgencyCode[];
  /** "parenthesis" | "explicit" | "heading": which rule of EXTRACTION.md found the lead. */
  how: "parenthesis" | "explicit" | "heading" | "mentioned" | "none";
  /** The words that name the lead (in the source), for the reviewer. */
  leadQuote: { start: number; end: number } | null;
  mentions: AgencyMention[];
}

/** An item's own "(X chủ trì …)" or "(X … thực hiện)": then a group's closing parenthesis does not apply to it. */
const ownsRoleParenthesis = /\([^()]*(?:chủ trì|thực hiện\.?\s*\))/iu;

/**
 * Words that may stand between agency names in a run ("Sở Tư pháp, Sở Thông tin và Truyền thông; Đài …"), with a
 * qualifier of the name before ("Các sở, ban, ngành của tỉnh; UBND …", "… cấp tỉnh, …", "… các cấp và …").
 */
const separator =
  /^[\s,;]*(?:(?:của tỉnh|cấp tỉnh|các cấp|trên địa bàn(?: tỉnh)?|(?:có )?liên quan)(?!\p{L})[\s,;]*)?(?:và|với|cùng|,|;)?[\s,;]*$/u;

/**
 * The words before a mention that make it the issuer of a cited document ("Nghị quyết 06/2023/NQ-HĐND ngày
 * 10/5/2023 của HĐND tỉnh", "Kế hoạch số 82/KH-UBND của UBND tỉnh", "theo hướng dẫn của Bộ …"): not an actor.
 */
const citedIssuer =
  /(?:(?:nghị quyết|kế hoạch|quyết định|chỉ thị|chương trình|thông báo|công văn|đề án|hướng dẫn|thông tư|nghị định|kết luận|quy chế|quy định)(?: liên tịch)?\s+(?:số\s+)?[^\s,;()]*\d[^\s,;()]*(?:,?\s+ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?|theo (?:hướng dẫn|văn bản|quy định|chỉ đạo))\s+của\s+$/iu;

/**
 * The words before a mention that make it who receives, not who acts: "báo cáo Trưởng Ban Chỉ đạo 138 tỉnh",
 * "tham mưu (cho) UBND tỉnh", "đề xuất UBND tỉnh trình HĐND tỉnh", "cung cấp thông tin cho lực lượng Công an",
 * "báo cáo kết quả về Công an tỉnh", "(qua Công an tỉnh)". "Giao cho X" is not one: X is given the work.
 */
const recipient =
  /(?<!\p{L})(?:báo cáo|tham mưu|đề xuất|kiến nghị|trình|gửi|giúp|(?<!giao\s)cho|đến|tới|qua|về)\s+(?:(?:cho|lên|về)\s+)?(?:(?:đồng chí\s+)?(?:trưởng|phó trưởng|thường trực|chủ tịch|phó chủ tịch|giám đốc|lãnh đạo)\s+)?[("“]?$/iu;

const before = (text: string, m: AgencyMention, length = 120) => text.slice(Math.max(0, m.start - length), m.start);
/** Whether a mention names who receives the work's result (a report, advice, information), not who does it. */
const isRecipient = (text: string, m: AgencyMention) => recipient.test(before(text, m, 60));
/** Whether a mention names the issuer of a document the item cites. */
const isCitedIssuer = (text: string, m: AgencyMention) => citedIssuer.test(before(text, m));

/**
 * Words that name the lead inside an item: "vai trò chủ trì, chủ công, nòng cốt của lực lượng Công an", "… do Sở Y
 * tế chủ trì", "giao Sở Tư pháp chủ trì": the agencies right after them lead.
 */
const leadBefore =
  /vai trò chủ trì(?:\s*,\s*\p{L}+(?: \p{L}+)?)*\s+của\s+|(?<!\p{L})(?:do|giao(?: cho)?)\s+(?=[^.;:]{0,120}?chủ trì)/giu;
/** Words that open an assignment before its agencies ("Giao Công an tỉnh …", "Đề nghị Tỉnh đoàn …"). */
const opening = /^(?:\s|\*|\(|["“])*(?:(?:giao|đề nghị|yêu cầu|chỉ đạo|giao cho)\s+)?/iu;

/** The agencies named one after another from `from` (separated only by commas, semicolons, "và"). */
function runFrom(text: string, offset: number, mentions: readonly AgencyMention[], from: number): AgencyMention[] {
  const run: AgencyMention[] = [];
  let cursor = from;
  for (const m of mentions) {
    if (m.start < cursor) {
      if (run.length && m.start === run.at(-1)!.start) run.push(m);
      continue;
    }
    const between = text.slice(cursor - offset, m.start - offset);
    if (run.length === 0 ? between.trim() !== "" : !separator.test(between)) break;
    run.push(m);
    cursor = m.end;
  }
  return run;
}

/** A heading that is an agency ("1. Công an tỉnh", "8. Sở Giáo dục và Đào tạo; Đại học Thái Nguyên"): its agencies. */
export function headingAgencies(gazetteer: AgencyGazetteer, text: string, start: number, end: number): AgencyMention[] {
  const words = text.slice(start, end);
  const mentions = gazetteer.find(words, start);
  const from = start + (opening.exec(words)?.[0].length ?? 0);
  const run = runFrom(text, 0, mentions, from);
  if (run.length === 0) return [];
  // The heading is the agencies (and a few words: "khác của tỉnh", "và các tổ chức thành viên").
  const rest = text.slice(run.at(-1)!.end, end).replace(/[\s,;.:]/g, "");
  return rest.length <= 25 ? run : [];
}

/**
 * Reads an item's roles: "(X chủ trì, phối hợp Y)" or "(X triển khai thực hiện)"; then an explicit lead at the
 * item's start ("Sở Y tế chủ trì …", "Giao Công an tỉnh …") or named inside it ("vai trò chủ trì … của X", "do X
 * chủ trì"); then the agency heading it sits under. Coordinating agencies follow each "phối hợp (với)" in the item's
 * words. A lead is never also a coordinator; who receives the work ("báo cáo X", "tham mưu X", "cho X") is neither,
 * and the issuer of a cited document ("Kế hoạch số … của UBND tỉnh") is not an agency of the item at all.
 */
export function readRoles(
  gazetteer: AgencyGazetteer,
  text: string,
  start: number,
  end: number,
  inherited: AgencyMention[],
  options: { group?: { start: number; end: number }; mayInfer?: boolean; inheritedFromAddressees?: boolean } = {},
): RoleReading {
  const words = text.slice(start, end);
  const mentions = gazetteer.find(words, start).filter((m) => !isCitedIssuer(text, m));
  // A group's closing parenthesis ("(Công an tỉnh chủ trì, …)" after the last of a group's items) applies to each.
  if (options.group && !ownsRoleParenthesis.test(words)) {
    const group = readRoles(gazetteer, text, options.group.start, options.group.end, []);
    if (group.how === "parenthesis") return { ...group, mentions: [...mentions, ...group.mentions] };
  }
  let lead: AgencyMention[] = [];
  let how: RoleReading["how"] = "none";
  let coordinatingFrom: number | null = null;
  let coordinatingTo = end;

  // "(Công an tỉnh chủ trì, phối hợp …)", "(Các sở, ban, ngành … triển khai thực hiện)"
  const parentheses = [...words.matchAll(/\(([^()]{4,})\)/g)].reverse();
  for (const p of parentheses) {
    const inner = p[1]!;
    const innerStart = start + p.index + 1;
    const chair = /chủ trì/iu.exec(inner);
    const executes = /(triển khai |tổ chức )?thực hiện\.?\s*$/iu.exec(inner);
    if (!chair && !executes) continue;
    const innerMentions = mentions.filter((m) => m.start >= innerStart && m.end <= innerStart + inner.length);
    // Without "chủ trì", the agencies before "phối hợp" lead ("(X, Y phối hợp Z triển khai thực hiện)"); a word
    // broken across lines by the conversion ("phối\n\nhợp") is still the word.
    const join = /phối\s+hợp/iu.exec(inner);
    const headEnd = innerStart + (chair?.index ?? Math.min(join?.index ?? Infinity, executes!.index));
    const head = innerMentions.filter((m) => m.end <= headEnd);
    if (head.length === 0) continue;
    lead = head;
    how = "parenthesis";
    if (join) coordinatingFrom = innerStart + join.index;
    coordinatingTo = innerStart + inner.length;
    break;
  }
  if (lead.length === 0) {
    const from = start + (opening.exec(words)?.[0].length ?? 0);
    const run = runFrom(text, 0, mentions, from);
    // The run must be the subject: followed by a verb-like word, "chủ trì", ":" — not the object of a phrase.
    if (run.length) {
      lead = run;
      how = "explicit";
    }
  }
  if (lead.length === 0) {
    // "xác định rõ vai trò chủ trì … của lực lượng Công an", "… do Sở Y tế chủ trì": the lead named inside the item.
    for (const m of words.matchAll(leadBefore)) {
      const run = runFrom(text, 0, mentions, start + m.index + m[0].length);
      const last = run.at(-1);
      // "do/giao X chủ trì": X must be followed by "chủ trì" itself, not by other words first.
      if (!last || (!/^vai trò/iu.test(m[0]) && !/^\s*(?:là cơ quan\s+)?chủ trì/iu.test(text.slice(last.end, end))))
        continue;
      lead = run;
      how = "explicit";
      break;
    }
  }
  const inferFromSentence = () => {
    if (lead.length === 0 && options.mayInfer) {
      // The agencies the item's first sentence names, when nothing says who leads: a reading the reviewer confirms.
      const stop = /[.;:](\s|$)/u.exec(words);
      const first = mentions.filter(
        (m) =>
          m.end <= start + (stop?.index ?? words.length) &&
          !/phối hợp/iu.test(text.slice(start, m.start)) &&
          !isRecipient(text, m),
      );
      if (first.length) {
        lead = first;
        how = "mentioned";
      }
    }
  };
  // A list's addressees yield to the agencies the item itself names; an agency heading does not.
  if (options.inheritedFromAddressees) inferFromSentence();
  if (lead.length === 0 && inherited.length) {
    lead = inherited;
    how = "heading";
  }
  inferFromSentence();
  const leadCodes = agenciesOf(lead);
  // Each "phối hợp (với)" of the item, to the end of its sentence or clause ("… phối hợp với các cấp, các ngành ….
  // Phối hợp với Viện kiểm sát, Tòa án …" names both clauses' partners); a parenthesis's own, when it gave the lead.
  const clauses: { from: number; to: number }[] =
    coordinatingFrom === null ? [] : [{ from: coordinatingFrom, to: coordinatingTo }];
  if (coordinatingFrom === null)
    for (const join of words.matchAll(/phối\s+hợp(?: chặt chẽ)?(?: với)?/giu)) {
      const stop = /[.;]\s/u.exec(words.slice(join.index));
      clauses.push({ from: start + join.index, to: stop ? start + join.index + stop.index : end });
    }
  const coordinating = agenciesOf(
    mentions.filter(
      (m) => clauses.some((c) => m.start >= c.from && m.end <= c.to) && !lead.includes(m) && !isRecipient(text, m),
    ),
  ).filter((a) => !leadCodes.includes(a));
  const leadQuote = lead.length && how !== "heading" ? { start: lead[0]!.start, end: lead.at(-1)!.end } : null;
  return { lead: leadCodes, coordinating, how, leadQuote, mentions };
}
