import { type AgencyCode, isAgencyCode } from "@pcmt/domain";
import { z } from "zod";
import gazetteerData from "../../data/agencyGazetteer.json" with { type: "json" };

const GazetteerEntry = z.object({
  code: z.string().refine(isAgencyCode, { message: "mã cơ quan không có trong danh mục (shared/agencies.md)" }),
  names: z.array(z.string().min(2)).min(1),
  validFrom: z.iso.date().optional(),
  validTo: z.iso.date().optional(),
  note: z.string().optional(),
});
export const Gazetteer = z.object({ agencies: z.array(GazetteerEntry) });
export type Gazetteer = z.infer<typeof Gazetteer>;

/** An agency named in a text: where, under which name. */
export interface AgencyMention {
  agency: AgencyCode;
  start: number;
  end: number;
  /** The words as printed. */
  quote: string;
  /** A name the gazetteer says went out of use (e.g. after the 2025 reform): the reviewer should confirm. */
  dated?: string;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

const normalise = (text: string) => text.normalize("NFC").toLocaleLowerCase("vi");

/** Old and new tone placement print the same syllable two ways ("hoá" / "hóa", "uỷ" / "ủy"): one form for both. */
const tonePlacement: Record<string, string> = Object.fromEntries(
  [..."áàảãạ"]
    .map((t, i) => [`o${t}`, `${"óòỏõọ"[i]}a`])
    .concat(
      [..."éèẻẽẹ"].map((t, i) => [`o${t}`, `${"óòỏõọ"[i]}e`]),
      [..."ýỳỷỹỵ"].map((t, i) => [`u${t}`, `${"úùủũụ"[i]}y`]),
    ),
);

/**
 * A text folded for matching names, with where each folded character came from: lower case, one tone placement,
 * and a dash between words or a run of spaces and line breaks read as one space ("Đài Phát thanh - Truyền hình" =
 * "Đài Phát thanh – Truyền hình" = "Đài Phát thanh Truyền hình").
 */
function foldForNames(text: string): { folded: string; origin: number[] } {
  const lower = normalise(text);
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const pair = tonePlacement[lower.slice(i, i + 2)];
    if (pair) {
      folded += pair;
      origin.push(i, i + 1);
      i++;
      continue;
    }
    const gap = /^(?:\s*[-–—]\s*|\s+)/u.exec(lower.slice(i, i + 12));
    if (gap && (gap[0].trim() === "" || /\p{L}/u.test(lower[i - 1] ?? "")) && isLetter(lower[i + gap[0].length])) {
      if (folded.length && !folded.endsWith(" ")) {
        folded += " ";
        origin.push(i);
      }
      i += gap[0].length - 1;
      continue;
    }
    folded += lower[i];
    origin.push(i);
  }
  return { folded, origin };
}

/**
 * A collective list of provincial bodies: "các sở, ban, ngành, đoàn thể", "các sở, ban ngành, đoàn thể", "các cơ
 * quan, đơn vị, địa phương", "các sở, ngành, địa phương liên quan". It names the departments, and the local
 * governments too when "địa phương" is one of its words. "Các cơ quan, đơn vị (có) liên quan" are only the bodies
 * concerned: nobody in particular (EXTRACTION.md: put nothing for them).
 */
const listWord = ["sở", "ban", "ngành", "đoàn thể", "cơ quan", "đơn vị", "địa phương"]
  .map((w) => foldForNames(w).folded)
  .join("|");
const collectiveList = new RegExp(
  `(?<!\\p{L})các (sở|cơ quan)((?:\\s*,\\s*|\\s+và\\s+|\\s+)(?:${listWord})(?!\\p{L}))+(?: (?:của |cấp )?tỉnh(?!\\p{L}))?`,
  "gu",
);
const localWord = foldForNames("địa phương").folded;
const onlyConcerned = /^\s*(?:có )?liên quan(?!\p{L})/u;

const provincialMedia: { stem: string; agencies: AgencyCode[] }[] = (
  [
    { stem: "báo và phát thanh, truyền hình", agencies: ["press", "broadcaster"] },
    { stem: "đài phát thanh và truyền hình", agencies: ["broadcaster"] },
    { stem: "đài phát thanh truyền hình", agencies: ["broadcaster"] },
    { stem: "báo", agencies: ["press"] },
  ] satisfies { stem: string; agencies: AgencyCode[] }[]
).map((m) => ({ ...m, stem: foldForNames(m.stem).folded }));

/**
 * Finds agency names in texts, longest name first (so "Đảng ủy Công an tỉnh" is one mention, not "Công an tỉnh"
 * inside it). The names are data (data/agencyGazetteer.json), so a variant is taught by adding a line; they match
 * whatever the tone placement, dashes and spacing (foldForNames). "ngành" before a list of sectors belongs to each
 * ("ngành Lao động - Thương binh và Xã hội, Y tế" names labour and health).
 */
export class AgencyGazetteer {
  private readonly names: { name: string; agencies: AgencyCode[]; dated?: string }[];
  /** "y tế" → health: the sectors the gazetteer knows as "ngành …". */
  private readonly sectors: { name: string; agencies: AgencyCode[]; dated?: string }[];

  constructor(gazetteer: Gazetteer = Gazetteer.parse(gazetteerData)) {
    const byName = new Map<string, { agencies: AgencyCode[]; dated?: string }>();
    for (const entry of gazetteer.agencies) {
      for (const name of entry.names) {
        const key = foldForNames(name).folded;
        const known = byName.get(key) ?? { agencies: [] };
        if (!known.agencies.includes(entry.code)) known.agencies.push(entry.code);
        if (entry.validTo) known.dated = `tên dùng đến ${entry.validTo}${entry.note ? ` (${entry.note})` : ""}`;
        byName.set(key, known);
      }
    }
    this.names = [...byName].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.name.length - a.name.length);
    this.sectors = this.names
      .filter((n) => n.name.startsWith("ngành "))
      .map((n) => ({ ...n, name: n.name.slice("ngành ".length) }));
  }

  /** Every mention in `text`, in order; `offset` is added to the positions (the text's place in its source). */
  find(text: string, offset = 0): AgencyMention[] {
    const { folded, origin } = foldForNames(text);
    const taken = new Uint8Array(folded.length);
    const found: AgencyMention[] = [];
    const free = (at: number, end: number) => !taken.subarray(at, end).some((t) => t === 1);
    const add = (at: number, end: number, agencies: readonly AgencyCode[], dated?: string) => {
      taken.fill(1, at, end);
      const start = origin[at]!;
      const stop = origin[end - 1]! + 1;
      for (const agency of agencies)
        found.push({
          agency,
          start: offset + start,
          end: offset + stop,
          quote: text.slice(start, stop),
          ...(dated ? { dated } : {}),
        });
    };
    for (const m of folded.matchAll(collectiveList)) {
      const end = m.index + m[0].length;
      if (m[1] === "cơ quan" && onlyConcerned.test(folded.slice(end))) {
        taken.fill(1, m.index, end);
        continue;
      }
      add(m.index, end, m[0].includes(localWord) ? ["all_departments", "local_government"] : ["all_departments"]);
    }
    // A provincial newspaper or broadcaster named with its province: "Báo Quảng Trị", "Đài Phát thanh và Truyền hình
    // Hà Tĩnh", "Báo và Phát thanh, Truyền hình Thái Nguyên" (the 2025 merger: both press and broadcaster).
    for (const { stem, agencies } of provincialMedia) {
      for (const m of folded.matchAll(new RegExp(`(?<!\\p{L})${stem} (\\p{L}+) (\\p{L}+)(?!\\p{L})`, "gu"))) {
        const end = m.index + m[0].length;
        const first = m.index + stem.length + 1;
        const second = first + m[1]!.length + 1;
        const capital = (at: number) => /\p{Lu}/u.test(text[origin[at]!] ?? "");
        if (!capital(m.index) || !capital(first) || !capital(second) || !free(m.index, end)) continue;
        // "Báo Công an …": the words after are another agency's name, not a province.
        const next = `${m[1]} ${m[2]}`;
        if (this.names.some((n) => n.name.startsWith(next))) continue;
        add(m.index, end, agencies);
      }
    }
    for (const { name, agencies, dated } of this.names) {
      let from = 0;
      for (;;) {
        const at = folded.indexOf(name, from);
        if (at < 0) break;
        from = at + 1;
        const end = at + name.length;
        // Whole words only ("Hải quan" is not inside "cơ quan hải quan…" mid-word; "Tòa án" not in "Tòa ánh").
        if (isLetter(folded[at - 1]) || isLetter(folded[end])) continue;
        if (!free(at, end)) continue;
        add(at, end, agencies, dated);
        // "ngành Y tế, Giáo dục và Đào tạo": the sectors listed after "ngành …" are each "ngành …".
        if (!name.startsWith("ngành ") && !name.startsWith("các ngành ")) continue;
        let cursor = end;
        for (;;) {
          const join = /^\s*(?:,|và)\s*/u.exec(folded.slice(cursor));
          if (!join) break;
          const next = cursor + join[0].length;
          const sector = this.sectors.find(
            (s) => folded.startsWith(s.name, next) && !isLetter(folded[next + s.name.length]),
          );
          if (!sector) break;
          const sectorEnd = next + sector.name.length;
          if (free(next, sectorEnd)) add(next, sectorEnd, sector.agencies, sector.dated);
          cursor = sectorEnd;
        }
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}

/** The distinct agencies of some mentions, in the order first named. */
export const agenciesOf = (mentions: readonly AgencyMention[]): AgencyCode[] => [
  ...new Set(mentions.map((m) => m.agency)),
];
