import type { DocumentKind } from "@pcmt/domain";
import { isoDate } from "../text/clauses";

export interface HeaderReading {
  number: string | null;
  kind: DocumentKind | null;
  issuer: string | null;
  province: string | null;
  issuedOn: string | null;
  title: string | null;
  /** Where each was read (source offsets), for the reviewer. */
  spans: Partial<
    Record<"number" | "kind" | "issuer" | "province" | "issuedOn" | "title", { start: number; end: number }>
  >;
  doubts: string[];
}

const kinds: [RegExp, DocumentKind][] = [
  [/^k[ếe] ho[ạa]ch$/iu, "ke_hoach"],
  [/^ngh[ịi] quy[ếe]t$/iu, "nghi_quyet"],
  [/^ch[ỉi] th[ịi]$/iu, "chi_thi"],
  [/^th[ôo]ng b[áa]o$/iu, "thong_bao"],
];
const kindByCode: Record<string, DocumentKind> = { KH: "ke_hoach", NQ: "nghi_quyet", CT: "chi_thi", TB: "thong_bao" };
const strip = (line: string) => line.replace(/^[#*\s]+|[*\s\\]+$/g, "");

/**
 * The document's identity from its header: number ("Số: 45/TB-UBND"), kind (the title word KẾ HOẠCH / NGHỊ
 * QUYẾT / CHỈ THỊ / THÔNG BÁO, or the number's code), issuer (the header's authority line, or the body's "UBND tỉnh
 * ban hành"), province, date ("Thái Nguyên, ngày 13 tháng 4 năm 2024") and title (the line under the kind).
 */
/** Shown in the web app and the command line alike. */
export const PROVINCE_UNKNOWN = "không nhận ra tỉnh của văn bản — chọn tỉnh khi nhập";
export const TITLE_UNKNOWN = "không tìm thấy trích yếu (tiêu đề) của văn bản";
export const ISSUER_UNKNOWN = "không tìm thấy cơ quan ban hành — cần nhập";

export function readHeader(
  text: string,
  body: { start: number } = { start: Math.min(text.length, 3000) },
): HeaderReading {
  const head = text.slice(0, body.start);
  const spans: HeaderReading["spans"] = {};
  const doubts: string[] = [];

  // "Số: 45 /TB-UBND" — the document's own number, never one it cites ("Quyết định số 1452/QĐ-TTg").
  const numberMatch = /(?:^|\n)[#*\s]*Số[:\s]+(\d{1,4})\s*\/\s*((?:KH|NQ|CT|TB|QĐ|KL|HD|CTr)(?:-[A-ZĐ0-9]+)+)/u.exec(
    head,
  );
  const number = numberMatch ? `${numberMatch[1]}/${numberMatch[2]}` : null;
  if (numberMatch) spans.number = { start: numberMatch.index, end: numberMatch.index + numberMatch[0].length };

  let kind: DocumentKind | null = null;
  let headerIssuer: { text: string; start: number } | null = null;
  let title: string | null = null;
  const lines = [...head.matchAll(/[^\n]+/g)].map((m) => ({ text: m[0], start: m.index }));
  // "KẾ HOẠCH", "## THÔNG BÁO", "KẾ HOẠCH **Thực hiện …**" (title on the same line), "CHỈ THỊ**CỦA BAN THƯỜNG VỤ…**".
  const kindWord = /^(k[ếe] ho[ạa]ch|ngh[ịi] quy[ếe]t|ch[ỉi] th[ịi]|th[ôo]ng b[áa]o)(?=$|[\s*])/iu;
  const kindLine = lines.findIndex((l) => {
    const m = kindWord.exec(strip(l.text));
    return m !== null && m[1] === m[1]!.toLocaleUpperCase("vi");
  });
  if (kindLine >= 0) {
    const line = lines[kindLine]!;
    const word = kindWord.exec(strip(line.text))![1]!;
    kind = kinds.find(([pattern]) => pattern.test(word))![1];
    const at = line.start + line.text.indexOf(word);
    spans.kind = { start: at, end: at + word.length };
    const rest = strip(line.text.slice(line.text.indexOf(word) + word.length));
    let titleLine: { text: string; start: number } | undefined;
    if (rest && !/^của\s/iu.test(rest)) titleLine = { text: rest, start: line.start + line.text.indexOf(rest) };
    else {
      if (rest) {
        const by = rest.replace(/^của\s+/iu, "");
        headerIssuer = { text: by, start: line.start + line.text.indexOf(by) };
      }
      const following = lines.slice(kindLine + 1).filter((l) => strip(l.text).length > 0);
      titleLine = following[0];
      // "NGHỊ QUYẾT / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về …": the issuer's line, then the title.
      if (titleLine && /^của\s/iu.test(strip(titleLine.text)) && !headerIssuer) {
        const by = strip(titleLine.text).replace(/^của\s+/iu, "");
        headerIssuer = { text: by, start: titleLine.start + titleLine.text.indexOf(by) };
        titleLine = following[1];
      }
    }
    if (titleLine) {
      title = strip(titleLine.text);
      const tStart = titleLine.start + titleLine.text.indexOf(title);
      spans.title = { start: tStart, end: tStart + title.length };
    }
  } else if (numberMatch) {
    kind = kindByCode[numberMatch[2]!.split("-")[0]!] ?? null;
  }
  if (!kind) doubts.push("không nhận ra loại văn bản (kế hoạch, nghị quyết, chỉ thị, thông báo)");
  if (!title) doubts.push(TITLE_UNKNOWN);

  const dated = /([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,3}), ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u.exec(head);
  let issuedOn: string | null = null;
  let province: string | null = null;
  if (dated) {
    issuedOn = isoDate(dated[2]!, dated[3]!, dated[4]!);
    spans.issuedOn = { start: dated.index, end: dated.index + dated[0].length };
    province = dated[1]!;
    spans.province = { start: dated.index, end: dated.index + dated[1]!.length };
  } else doubts.push("không có ngày ban hành ở phần đầu văn bản");

  // The authority: a header line in capitals ("UBND TỈNH THÁI NGUYÊN", "TỈNH ỦY HÀ TĨNH"), or the body's words.
  let issuer: string | null = null;
  const authority = lines.find((l) =>
    /^(ỦY BAN NHÂN DÂN|UBND|TỈNH ỦY|TỈNH UỶ|BAN CHỈ ĐẠO|BAN THƯỜNG VỤ|HỘI ĐỒNG NHÂN DÂN)/u.test(strip(l.text)),
  );
  if (headerIssuer) {
    // "CỦA BAN THƯỜNG VỤ TỈNH ỦY" → "Ban Thường vụ Tỉnh ủy" (capitals as a name is written).
    issuer = headerIssuer.text
      .toLocaleLowerCase("vi")
      .replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => `${space}${letter.toLocaleUpperCase("vi")}`)
      .replace(/ Vụ /u, " vụ ")
      .replace(/ Ủy$| Uỷ$/u, (m) => m.toLocaleLowerCase("vi"));
    spans.issuer = { start: headerIssuer.start, end: headerIssuer.start + headerIssuer.text.length };
  } else if (authority) {
    issuer = strip(authority.text);
    spans.issuer = { start: authority.start, end: authority.start + authority.text.length };
  } else {
    const said =
      /(UBND tỉnh|Ủy ban nhân dân tỉnh|Ban Thường vụ Tỉnh ủy|Ban Chỉ đạo 138 tỉnh)( [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,2})?(?= ban hành| xây dựng| yêu cầu| chỉ thị| quyết nghị| đề nghị)/u.exec(
        text.slice(0, Math.min(text.length, body.start + 4000)),
      );
    if (said) {
      issuer = said[0];
      spans.issuer = { start: said.index, end: said.index + said[0].length };
    } else doubts.push(ISSUER_UNKNOWN);
  }
  if (!province) {
    const named = [...text.matchAll(/(?:tỉnh|Tỉnh ủy|Tỉnh uỷ) ([\p{Lu}][\p{Ll}]+(?: [\p{Lu}][\p{Ll}]+){1,2})/gu)];
    const counts = new Map<string, number>();
    for (const m of named) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      province = best[0];
      doubts.push(`tỉnh đọc từ nội dung (“${best[0]}” được nhắc ${best[1]} lần) — cần xác nhận`);
    } else doubts.push(PROVINCE_UNKNOWN);
  }
  if (
    issuer &&
    province &&
    !issuer.toLocaleLowerCase("vi").includes(province.toLocaleLowerCase("vi")) &&
    /tỉnh$/iu.test(issuer)
  )
    issuer = `${issuer} ${province}`;
  return { number, kind, issuer, province, issuedOn, title, spans, doubts };
}
