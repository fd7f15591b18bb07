import type { Comparator } from "@pcmt/domain";
import { clauseAround } from "../text/clauses";

/** A numeric target read from an item's words. */
export interface TargetReading {
  comparator: Comparator;
  target: number;
  unit: string;
  baseline: number | "previous_year" | null;
  /** The clause that states it, in the text given. */
  start: number;
  end: number;
  doubt: string | null;
}

const number = (s: string) => Number(s.replace(/\./g, "").replace(",", "."));

const unitOf = (words: string) =>
  /diện tích|\bha\b|héc/iu.test(words)
    ? "hectare"
    : /điểm|tụ điểm|địa bàn/iu.test(words)
      ? "location"
      : /người|đối tượng/iu.test(words)
        ? "person"
        : "case";

const countWords: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4 };
const countOf = (figure: string) => countWords[figure.toLowerCase()] ?? Number(figure);
/** The unit of a counted thing, from its head noun ("02 mô hình" → count, "01 xã" → commune). */
const countUnit = (noun: string) => {
  const head = noun.toLowerCase();
  return /^(?:xã|phường)/u.test(head)
    ? "commune"
    : /^(?:địa bàn|điểm)/u.test(head)
      ? "location"
      : /^(?:người|đối tượng|cán bộ|học sinh)/u.test(head)
        ? "person"
        : /^trường/u.test(head)
          ? "school"
          : /^cơ sở/u.test(head)
            ? "facility"
            : /^vụ/u.test(head)
              ? "case"
              : "count";
};

/**
 * The targets an item sets: "trên 80%" (> 80), "tăng từ 5% so với năm trước" (≥ 5, baseline the previous year),
 * "100% xã" (≥ 100), "dưới 1%" (< 1), "không để phát sinh …" (= 0), "tăng hằng năm" (> 0 on the previous year); in words: "giảm số …", "giữ vững số …", "toàn bộ số …", "“giữ vững”
 * đối với các xã … đã được công nhận" (≥ 100%), "ít nhất 01 …" / "tối thiểu 02 …" / "phấn đấu … phải có …" (≥ N),
 * "đưa (03) địa bàn … vào diện chuyển hóa" (≥ N), "giữ vững 02 địa bàn" (= 2).
 */
export function readTargets(text: string): TargetReading[] {
  const found: TargetReading[] = [];
  const taken = (a: number, b: number) => found.some((f) => a < f.end && b > f.start);
  const growth =
    /(tăng|giảm)(?: từ| ít nhất| tối thiểu| trên)? (\d+(?:,\d+)?)\s?%(?: trở lên)?(?: so với (năm trước|cùng kỳ(?: năm trước)?|năm (\d{4})))?/giu;
  for (const m of text.matchAll(growth)) {
    const { start, end } = clauseAround(text, m.index, m.index + m[0].length);
    const falls = m[1]!.toLowerCase() === "giảm";
    // "Giảm 10% số người nghiện so với năm 2025", "… so với cùng kỳ năm 2025": the base named after the counted thing.
    const based =
      m[3] !== undefined ||
      /so với (?:năm trước|cùng kỳ|năm \d{4}|năm \d{4})/iu.test(text.slice(m.index + m[0].length, end));
    found.push({
      comparator: falls ? "<=" : ">=",
      target: falls ? -number(m[2]!) : number(m[2]!),
      unit: "percent",
      baseline: "previous_year",
      start,
      end,
      doubt: based ? null : "không nói so với kỳ nào — coi như so với năm trước",
    });
  }
  const share = /(trên|hơn|dưới|ít nhất|tối thiểu|đạt|từ|phấn đấu|đảm bảo|bảo đảm)?\s?(\d+(?:,\d+)?)\s?%/giu;
  for (const m of text.matchAll(share)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const word = (m[1] ?? "").toLowerCase();
    const value = number(m[2]!);
    const comparator: Comparator = word === "trên" || word === "hơn" ? ">" : word === "dưới" ? "<" : ">=";
    const { start, end } = clauseAround(text, m.index, m.index + m[0].length);
    if (taken(start, end)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // "tỷ lệ gia tăng số … dưới 1% so với năm trước": a growth on the previous year, however far its words sit.
    const growthWords =
      /tỷ lệ gia tăng|gia tăng/iu.test(before) ||
      (/t[ỷỉ] lệ gia tăng/iu.test(text.slice(start, m.index)) &&
        /^\s*(?:trở lên\s+)?so với (?:năm trước|cùng kỳ)/iu.test(text.slice(m.index + m[0].length)));
    found.push({
      comparator,
      target: value,
      unit: "percent",
      baseline: growthWords ? "previous_year" : null,
      start,
      end,
      doubt: word === "" && value !== 100 ? "không có từ so sánh (trên, ít nhất…) — coi là ≥" : null,
    });
  }
  const none = /không (?:để )?(?:xảy ra|phát sinh|hình thành)\s[^;.]{3,}/giu;
  for (const m of text.matchAll(none)) {
    const { start, end } = clauseAround(text, m.index, m.index + m[0].length);
    if (taken(start, end)) continue;
    found.push({ comparator: "=", target: 0, unit: unitOf(m[0]), baseline: null, start: m.index, end, doubt: null });
  }
  const rising = /tăng (?:lên )?(?:hằng|hàng) năm/giu;
  for (const m of text.matchAll(rising)) {
    const { start, end } = clauseAround(text, m.index, m.index + m[0].length);
    if (taken(start, end)) continue;
    found.push({
      comparator: ">",
      target: 0,
      unit: "percent",
      baseline: "previous_year",
      start,
      end,
      doubt: "không nêu mức tăng",
    });
  }
  // Targets in words, no figure: "giảm số xã có tệ nạn" (< 0 on the previous year), "giữ vững số xã không có tệ
  // nạn" (≥ 0 on it), "đưa toàn bộ số người nghiện vào diện quản lý" (100%), "giữ vững 02 địa bàn" (= 2).
  const worded: [RegExp, (m: RegExpMatchArray) => Omit<TargetReading, "start" | "end">][] = [
    [
      /(?:kéo )?giảm số /giu,
      () => ({ comparator: "<", target: 0, unit: "percent", baseline: "previous_year", doubt: "không nêu mức giảm" }),
    ],
    [
      /giữ vững số /giu,
      () => ({ comparator: ">=", target: 0, unit: "percent", baseline: "previous_year", doubt: null }),
    ],
    [/toàn bộ số /giu, () => ({ comparator: ">=", target: 100, unit: "percent", baseline: null, doubt: null })],
    [
      // "triển khai các biện pháp “giữ vững” đối với địa bàn xã, phường đã được công nhận không ma túy": every one
      // already recognised keeps it — 100% of them.
      /giữ vững[”"]?\s+(?:đối với\s+)?(?:các\s+|những\s+)?(?:địa bàn|xã|phường|cơ quan|đơn vị|trường)(?!\p{L})[^.;]{0,60}?đã (?:được )?(?:công nhận|đạt)/giu,
      () => ({
        comparator: ">=",
        target: 100,
        unit: "percent",
        baseline: null,
        doubt: "“giữ vững” những nơi đã được công nhận — coi là 100% số nơi đã công nhận giữ được",
      }),
    ],
    [
      // "có ít nhất 01 mô hình", "tối thiểu 02 lớp tập huấn": a count (≥ N), never a percentage.
      /(?:ít nhất|tối thiểu|không ít hơn) (\d+|một|hai|ba|bốn)(?!\s?%|[\d.,]\d)\s+(\p{L}+(?: \p{L}+)?)/giu,
      (m) => ({ comparator: ">=", target: countOf(m[1]!), unit: countUnit(m[2]!), baseline: null, doubt: null }),
    ],
    [
      // "phấn đấu năm 2024 phải có tổ chức, cá nhân đăng ký …": at least one; "phấn đấu mỗi xã có 02 …": that many.
      /phấn đấu[^.;%]{0,40}?(?<!\p{L})(?:phải có|có (\d+|một|hai|ba|bốn)(?!\s?%|[\d.,]\d))\s+(\p{L}+(?: \p{L}+)?)/giu,
      (m) => ({
        comparator: ">=",
        target: m[1] ? countOf(m[1]) : 1,
        unit: /,/.test(m[0].slice(m[0].length - m[2]!.length - 1)) ? "count" : countUnit(m[2]!),
        baseline: null,
        doubt: m[1] ? null : "“phải có” không nêu số — coi là ít nhất 01",
      }),
    ],
    [
      // "năm 2024 đưa địa bàn thị trấn X vào diện chuyển hóa", "đưa 03 địa bàn vào diện chuyển hóa": ≥ that many.
      /đưa (?:(\d+) )?(?:các )?(địa bàn|xã|điểm)(?!\p{L})[^.;]{0,80}?vào (?:diện|danh sách) chuy(?:ể|ê)n hóa/giu,
      (m) => ({
        comparator: ">=",
        target: m[1] ? Number(m[1]) : 1,
        unit: m[2] === "xã" ? "commune" : "location",
        baseline: null,
        doubt: m[1] ? null : "không nêu số địa bàn — coi là ít nhất 01 (địa bàn được nêu tên)",
      }),
    ],
    [
      /giữ vững (\d+) (địa bàn|xã|điểm)/giu,
      (m) => ({
        comparator: "=",
        target: Number(m[1]),
        unit: m[2] === "xã" ? "commune" : "location",
        baseline: null,
        doubt: null,
      }),
    ],
  ];
  for (const [pattern, reading] of worded) {
    for (const m of text.matchAll(pattern)) {
      const { start, end } = clauseAround(text, m.index, m.index + m[0].length);
      if (taken(start, end)) continue;
      found.push({ ...reading(m), start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
