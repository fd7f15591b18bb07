import type { DocumentKind } from "@pcmt/domain";

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
const pad = (n: string) => n.padStart(2, "0");
const strip = (line: string) => line.replace(/^[#*\s]+|[*\s\\]+$/g, "");

/**
 * The document's identity from its header: number ("Số: 45/TB-UBND"), kind (the title word KẾ HOẠCH / NGHỊ
 * QUYẾT / CHỈ THỊ / THÔNG BÁO, or the number's code), issuer (the header's authority line, or the body's "UBND tỉnh
 * ban hành"), province, date ("Thái Nguyên, ngày 13 tháng 4 năm 2024") and title (the line under the kind).
 */
export function readHeader(
  text: string,
  body: { start: number } = { start: Math.min(text.length, 3000) },
): HeaderReading {
  const head = text.slice(0, body.start);
  const spans: HeaderReading["spans"] = {};
  const doubts: string[] = [];

  const numberMatch = /(\d{1,4})\s*\/\s*((?:KH|NQ|CT|TB|QĐ|KL|HD|CTr)(?:-[A-ZĐ0-9]+)+)/u.exec(head);
  const number = numberMatch ? `${numberMatch[1]}/${numberMatch[2]}` : null;
  if (numberMatch) spans.number = { start: numberMatch.index, end: numberMatch.index + numberMatch[0].length };

  let kind: DocumentKind | null = null;
  let title: string | null = null;
  const lines = [...head.matchAll(/[^\n]+/g)].map((m) => ({ text: m[0], start: m.index }));
  const kindLine = lines.findIndex((l) => kinds.some(([pattern]) => pattern.test(strip(l.text))));
  if (kindLine >= 0) {
    const line = lines[kindLine]!;
    kind = kinds.find(([pattern]) => pattern.test(strip(line.text)))![1];
    const at = line.start + line.text.indexOf(strip(line.text));
    spans.kind = { start: at, end: at + strip(line.text).length };
    const next = lines.slice(kindLine + 1).find((l) => strip(l.text).length > 0);
    if (next) {
      title = strip(next.text);
      const tStart = next.start + next.text.indexOf(title);
      spans.title = { start: tStart, end: tStart + title.length };
    }
  } else if (numberMatch) {
    kind = kindByCode[numberMatch[2]!.split("-")[0]!] ?? null;
  }
  if (!kind) doubts.push("không nhận ra loại văn bản (kế hoạch, nghị quyết, chỉ thị, thông báo)");
  if (!title) doubts.push("không tìm thấy trích yếu (tiêu đề) của văn bản");

  const dated = /([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,3}), ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u.exec(head);
  let issuedOn: string | null = null;
  let province: string | null = null;
  if (dated) {
    issuedOn = `${dated[4]}-${pad(dated[3]!)}-${pad(dated[2]!)}`;
    spans.issuedOn = { start: dated.index, end: dated.index + dated[0].length };
    province = dated[1]!;
    spans.province = { start: dated.index, end: dated.index + dated[1]!.length };
  } else doubts.push("không có ngày ban hành ở phần đầu văn bản");

  // The authority: a header line in capitals ("UBND TỈNH THÁI NGUYÊN", "TỈNH ỦY HÀ TĨNH"), or the body's words.
  let issuer: string | null = null;
  const authority = lines.find((l) =>
    /^(ỦY BAN NHÂN DÂN|UBND|TỈNH ỦY|TỈNH UỶ|BAN CHỈ ĐẠO|BAN THƯỜNG VỤ|HỘI ĐỒNG NHÂN DÂN)/u.test(strip(l.text)),
  );
  if (authority) {
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
    } else doubts.push("không tìm thấy cơ quan ban hành — cần nhập");
  }
  if (!province) {
    const named = [...text.matchAll(/(?:tỉnh|Tỉnh ủy|Tỉnh uỷ) ([\p{Lu}][\p{Ll}]+(?: [\p{Lu}][\p{Ll}]+){1,2})/gu)];
    const counts = new Map<string, number>();
    for (const m of named) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      province = best[0];
      doubts.push(`tỉnh đọc từ nội dung (“${best[0]}” được nhắc ${best[1]} lần) — cần xác nhận`);
    } else doubts.push("không nhận ra tỉnh — dùng --province");
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
