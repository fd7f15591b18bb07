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

/**
 * The targets an item sets: "trên 80%" (> 80), "tăng từ 5% so với năm trước" (≥ 5, baseline the previous year),
 * "100% xã" (≥ 100), "dưới 1%" (< 1), "không để phát sinh …" (= 0), "tăng hằng năm" (> 0 on the previous year).
 */
export function readTargets(text: string): TargetReading[] {
  const found: TargetReading[] = [];
  const taken = (a: number, b: number) => found.some((f) => a < f.end && b > f.start);
  const growth =
    /(tăng|giảm)(?: từ| ít nhất| tối thiểu| trên)? (\d+(?:,\d+)?)\s?%(?: trở lên)?(?: so với (năm trước|cùng kỳ(?: năm trước)?|năm (\d{4})))?/giu;
  for (const m of text.matchAll(growth)) {
    const { start, end } = clauseAround(text, m.index, m.index + m[0].length);
    const falls = m[1]!.toLowerCase() === "giảm";
    found.push({
      comparator: falls ? "<=" : ">=",
      target: falls ? -number(m[2]!) : number(m[2]!),
      unit: "percent",
      baseline: "previous_year",
      start,
      end,
      doubt: m[3] ? null : "không nói so với kỳ nào — coi như so với năm trước",
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
