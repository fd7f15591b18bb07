import type { DeadlineRule, Frequency, SingleDeadlineRule } from "@pcmt/domain";
import { isoDate, twoDigits } from "../text/clauses";

/** A deadline read from a task's words: the rule, the words that set it, and what else could be read there. */
export interface DeadlineReading {
  rule: DeadlineRule;
  /** The phrase as printed, and its place in the text given. */
  quote: string;
  start: number;
  end: number;
  /** Why a reviewer should look (two readings, a date without a year…); null when the words are unambiguous. */
  doubt: string | null;
  /** What the reviewer should know of how it was read ("đợt từ 15/01/2026 đến 28/02/2026"), for the evidence. */
  note?: string;
}

const validDate = (value: string) =>
  !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const romanQuarter: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const frequencyWords: [RegExp, Frequency][] = [
  [/(?:hằng|hàng) tháng/iu, "monthly"],
  [/(?:hằng|hàng) quý|định kỳ (?:0?3 tháng|quý)/iu, "quarterly"],
  [/định kỳ 0?6 tháng|(?:hằng|hàng) 0?6 tháng|6 tháng một lần|sáu tháng/iu, "half_yearly"],
  [/(?:hằng|hàng) năm|định kỳ (?:0?1 )?năm|01 năm|một năm một lần/iu, "yearly"],
];

/**
 * Whether "đến năm 2030" ends the title of a cited programme, plan or strategy: a capitalised "Chương trình", "Kế
 * hoạch", "Đề án", "Chiến lược", "Dự án" earlier in the same sentence, no "phấn đấu", "hoàn thành", "đạt", "có"
 * between, and no target verb right after the year ("…, đến năm 2027 hoàn thành …"). The year is then the title's,
 * not the task's deadline.
 */
function inProgrammeTitle(before: string, after: string): boolean {
  const sentence = before.slice(
    Math.max(before.lastIndexOf(";"), before.lastIndexOf(". "), before.lastIndexOf(":")) + 1,
  );
  const title = /(?<!\p{L})(?:Chương trình|Kế hoạch|Đề án|Chiến lược|Dự án)(?!\p{L})/gu;
  const last = [...sentence.matchAll(title)].at(-1);
  if (!last) return false;
  // "… Chương trình …, đến năm 2026 hoàn thành …": the year starts a target of its own.
  if (/phấn đấu|hoàn thành|(?<!\p{L})(?:đạt|có)(?!\p{L})/iu.test(sentence.slice(last.index))) return false;
  return !/^\s*,?\s*(?:phải\s+)?(?:hoàn thành|đạt|có|xây dựng|giảm|tăng|phấn đấu)(?!\p{L})/iu.test(after);
}

interface Found {
  rule: SingleDeadlineRule;
  start: number;
  end: number;
}

/**
 * The time a task's words set (DeadlineRule): "trước ngày 20/5/2024" (fixed), "trước ngày 17 hàng tháng"
 * (monthly, due the 17th), "định kỳ 06 tháng, 01 năm" (half-yearly and yearly), "hằng năm", "đến hết năm 2026",
 * "trong tháng 4/2026", "trong quý II/2026", "xây dựng Kế hoạch … năm 2026" (by 2026), "thường xuyên" (continuous,
 * unless it says what something is: "được thường xuyên"). Not the year of a cited programme's title ("Chương trình …
 * đến năm 2030"). Recurring rules get the document's lifetime (`covers`). Null when the words set no time.
 */
export function readDeadline(
  text: string,
  covers: { from: string | null; until: string | null } = { from: null, until: null },
): DeadlineReading | null {
  const found: Found[] = [];
  const recurring = (
    frequency: Frequency,
    dueDay: number | null,
    before: boolean,
    dueOffsetMonths = 0,
  ): SingleDeadlineRule => ({
    kind: "recurring",
    frequency,
    dueDay,
    before,
    dueOffsetMonths,
    from: covers.from,
    until: covers.until,
  });
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  const add = (rule: SingleDeadlineRule, start: number, end: number) => {
    if (!taken(start, end)) found.push({ rule, start, end });
  };

  // "trước ngày 17 hàng tháng", "trước ngày 15 của tháng cuối quý"
  for (const m of text.matchAll(/(trước|chậm nhất|đến) ngày (\d{1,2}) (?:(?:hằng|hàng|mỗi) tháng|của tháng)/giu))
    add(recurring("monthly", Number(m[2]), m[1]!.toLowerCase() === "trước"), m.index, m.index + m[0].length);
  // "trước ngày 20/5/2024", "trước ngày 20 tháng 5 năm 2024", "chậm nhất ngày 30/6/2024"
  for (const m of text.matchAll(
    /(trước|chậm nhất(?: là)?(?: vào)?|hoàn thành trước|xong trước|trong) ngày (\d{1,2})(?:\/|-|\.| tháng )(\d{1,2})(?:\/|-|\.| năm )(\d{4})/giu,
  )) {
    const date = isoDate(m[2]!, m[3]!, m[4]!);
    if (!validDate(date)) continue;
    const before = /trước/iu.test(m[1]!);
    add({ kind: "fixed", date, before }, m.index, m.index + m[0].length);
  }
  // A campaign window: "từ ngày 15/01/2026 đến ngày 28/02/2026" — due by its last day.
  const notes: string[] = [];
  for (const m of text.matchAll(
    /từ ngày (\d{1,2})\/(\d{1,2})\/(\d{4})\s*(?:đến|[-–])\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/giu,
  )) {
    const date = isoDate(m[4]!, m[5]!, m[6]!);
    if (!validDate(date)) continue;
    if (taken(m.index, m.index + m[0].length)) continue;
    add({ kind: "fixed", date, before: false }, m.index, m.index + m[0].length);
    notes.push(`đợt thực hiện ${m[0]} — hạn là ngày cuối đợt`);
  }
  // "trong tháng 4/2026", "trong tháng 4 năm 2026"
  for (const m of text.matchAll(/(?:trong|hết|đến hết|trước) tháng (\d{1,2})(?:\/| năm )(\d{4})/giu)) {
    const month = Number(m[1]);
    if (month >= 1 && month <= 12)
      add({ kind: "by", period: `${m[2]}-${twoDigits(month)}` }, m.index, m.index + m[0].length);
  }
  // "trong quý II/2026", "quý 2 năm 2026"
  for (const m of text.matchAll(/(?:trong |đến hết |hết )?quý (I{1,3}|IV|[1-4])(?:\/| năm )(\d{4})/giu)) {
    const q = romanQuarter[m[1]!.toLowerCase()];
    if (q) add({ kind: "by", period: `${m[2]}-Q${q}` }, m.index, m.index + m[0].length);
  }
  // "6 tháng đầu năm 2026", "06 tháng cuối năm 2025"
  for (const m of text.matchAll(/0?6 tháng (đầu|cuối) năm (\d{4})/giu))
    add({ kind: "by", period: `${m[2]}-H${m[1]!.toLowerCase() === "đầu" ? 1 : 2}` }, m.index, m.index + m[0].length);
  // "đến hết năm 2026", "đến năm 2030", "trong năm 2024", "phấn đấu năm 2024" — but not the years of a cited
  // programme's title ("kinh phí thực hiện Chương trình phòng, chống ma túy trong thanh thiếu niên đến năm 2030").
  for (const m of text.matchAll(
    /(đến hết năm|đến cuối năm|đến năm|trong năm|ngay trong năm|phấn đấu năm|hoàn thành (?:trong )?năm) (\d{4})/giu,
  )) {
    if (
      m[1]!.toLowerCase() === "đến năm" &&
      inProgrammeTitle(text.slice(Math.max(0, m.index - 100), m.index), text.slice(m.index + m[0].length))
    )
      continue;
    add({ kind: "by", period: m[2]! }, m.index, m.index + m[0].length);
  }
  // A plan or resolution to be made for a year: "xây dựng và triển khai Kế hoạch công tác năm 2024", "ban hành Nghị
  // quyết … năm 2024" — done in that year. Not a cited one ("Kế hoạch số 82/KH-UBND …") nor a date's year.
  for (const m of text.matchAll(
    /(?:xây dựng|ban hành)[^.;]{0,40}?(?<!\p{L})(?:kế hoạch|nghị quyết|chương trình|đề án)(?! số)[^.;]{0,40}?(?<!tháng \d{1,2}|đến|giai đoạn|từ) năm (\d{4})/giu,
  )) {
    const at = m.index + m[0].search(/(?:kế hoạch|nghị quyết|chương trình|đề án)/iu);
    add({ kind: "by", period: m[1]! }, at, m.index + m[0].length);
  }
  // Frequencies: "định kỳ 06 tháng, 01 năm", "hằng năm", "hàng quý"
  for (const [pattern, frequency] of frequencyWords) {
    const global = new RegExp(pattern.source, "giu");
    for (const m of text.matchAll(global)) {
      // "định kỳ 06 tháng (trước ngày 15/6 và 15/12)", "hằng năm (trước ngày 15/12)": the due days, when every date
      // falls on the same day of the same month of its period.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const dates =
        frequency === "monthly"
          ? null
          : /^[\s,(]*(?:báo cáo\s+)?(trước|chậm nhất(?: là)?|vào|đến)\s+ngày\s+\d{1,2}\/\d{1,2}(?![/\d])(?:\s*(?:,|và)\s*(?:ngày\s+)?\d{1,2}\/\d{1,2}(?![/\d]))*\)?/iu.exec(
              after,
            );
      const months = { quarterly: 3, half_yearly: 6, yearly: 12, monthly: 1 }[frequency];
      const due = dates
        ? [...dates[0].matchAll(/(\d{1,2})\/(\d{1,2})/gu)].map((d) => ({
            day: Number(d[1]),
            offset: (((Number(d[2]) - months) % months) + months) % months,
            month: Number(d[2]),
          }))
        : [];
      const same =
        due.length > 0 &&
        due.every((d) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31) &&
        due.every((d) => d.day === due[0]!.day && d.offset === due[0]!.offset);
      if (same && dates) {
        const rule = {
          ...recurring(frequency, due[0]!.day, /trước/iu.test(dates[1]!)),
          dueOffsetMonths: due[0]!.offset,
        };
        add(rule, m.index, m.index + m[0].length + dates[0].length);
      } else add(recurring(frequency, null, false), m.index, m.index + m[0].length);
    }
  }
  // Always in force — when it says how often the work is done ("thường xuyên rà soát", "kiểm tra thường xuyên"), not
  // what something is or must be ("đảm bảo công tác chỉ đạo được thường xuyên, liên tục", "chưa thường xuyên").
  for (const m of text.matchAll(/thường xuyên|liên tục/giu)) {
    // Part of a name: "trung tâm giáo dục thường xuyên", "Ủy viên thường xuyên", "đào tạo liên tục".
    if (
      /(?<!\p{L})(?:giáo dục|ủy viên|uỷ viên|thành viên|đào tạo|cập nhật kiến thức)\s+$/iu.test(text.slice(0, m.index))
    )
      continue;
    if (
      /(?<!\p{L})(?:được|chưa|không|vừa|là)\s+(?:\p{L}+(?: \p{L}+)?,\s+)*$/iu.test(
        text.slice(Math.max(0, m.index - 60), m.index),
      )
    )
      continue;
    add({ kind: "continuous" }, m.index, m.index + m[0].length);
  }

  if (found.length === 0) return null;
  found.sort((a, b) => a.start - b.start);
  // One kind of rule each (several "thường xuyên" are one); a recurring frequency once.
  const distinct: Found[] = [];
  for (const f of found) if (!distinct.some((d) => JSON.stringify(d.rule) === JSON.stringify(f.rule))) distinct.push(f);
  const start = distinct[0]!.start;
  const end = Math.max(...distinct.map((d) => d.end));
  const kinds = new Set(distinct.map((d) => d.rule.kind));
  const rule: DeadlineRule =
    distinct.length === 1 ? distinct[0]!.rule : { kind: "all", rules: distinct.map((d) => d.rule) };
  const quoteEnd = end - start > 120 ? distinct[0]!.end : end;
  // Rules of different kinds in one item ("thường xuyên … trước ngày 30/6"): two readings, the reviewer decides.
  const doubt =
    kinds.size > 1
      ? `đọc được ${distinct.length} thời hạn khác nhau (${distinct.map((d) => text.slice(d.start, d.end)).join("; ")}) — cần xác nhận`
      : null;
  return {
    rule,
    quote: text.slice(start, quoteEnd),
    start,
    end: quoteEnd,
    doubt,
    ...(notes.length ? { note: notes.join("; ") } : {}),
  };
}
