import { clauseAround, isoDate } from "../text/clauses";
import type { SourceSpan } from "./draftDocument";

export interface FactReading {
  text: string;
  name: string;
  value: number;
  unit: string;
  asOf: string | null;
  source: SourceSpan;
}

const units: [RegExp, string][] = [
  [/^người/iu, "person"],
  [/^(vụ|vụ án)/iu, "case"],
  [/^đối tượng/iu, "person"],
  [/^(điểm|tụ điểm)/iu, "location"],
  [/^(xã|phường)/iu, "commune"],
  [/^(ha|héc)/iu, "hectare"],
  [/^(học viên|người nghiện)/iu, "person"],
];

/**
 * Situation figures with their date ("5.850 người … tính đến ngày 14/11/2025") from the paragraphs that describe
 * rather than ask: the preamble and the situation sections.
 */
export function readFacts(
  text: string,
  preamble: readonly { start: number; end: number }[],
  situation: readonly { start: number; end: number }[],
): FactReading[] {
  const facts: FactReading[] = [];
  for (const block of [...preamble, ...situation]) {
    const words = text.slice(block.start, block.end);
    const dated = /tính đến (?:ngày )?(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(words);
    const asOf = dated ? isoDate(dated[1]!, dated[2]!, dated[3]!) : null;
    for (const m of words.matchAll(/(\d{1,3}(?:\.\d{3})+|\d{2,})\s+([\p{L}]+(?: [\p{L}]+)?)/gu)) {
      const unit = units.find(([pattern]) => pattern.test(m[2]!))?.[1];
      if (!unit) continue;
      const value = Number(m[1]!.replace(/\./g, ""));
      if (value >= 1900 && value <= 2100 && !m[1]!.includes(".")) continue;
      const { start, end } = clauseAround(words, m.index, m.index + m[0].length);
      const quote = words.slice(start, end);
      facts.push({
        text: quote,
        name: quote.length > 80 ? `${quote.slice(0, 77)}…` : quote,
        value,
        unit,
        asOf,
        source: { quote, start: block.start + start, end: block.start + end },
      });
    }
  }
  return facts;
}
