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

const normalise = (text: string) => text.normalize("NFC").toLocaleLowerCase("vi");

/**
 * Finds agency names in texts, longest name first (so "Đảng ủy Công an tỉnh" is one mention, not "Công an tỉnh"
 * inside it). The names are data (data/agencyGazetteer.json), so a variant is taught by adding a line.
 */
export class AgencyGazetteer {
  private readonly names: { name: string; agencies: AgencyCode[]; dated?: string }[];

  constructor(gazetteer: Gazetteer = Gazetteer.parse(gazetteerData)) {
    const byName = new Map<string, { agencies: AgencyCode[]; dated?: string }>();
    for (const entry of gazetteer.agencies) {
      for (const name of entry.names) {
        const key = normalise(name);
        const known = byName.get(key) ?? { agencies: [] };
        if (!known.agencies.includes(entry.code)) known.agencies.push(entry.code);
        if (entry.validTo) known.dated = `tên dùng đến ${entry.validTo}${entry.note ? ` (${entry.note})` : ""}`;
        byName.set(key, known);
      }
    }
    this.names = [...byName].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.name.length - a.name.length);
  }

  /** Every mention in `text`, in order; `offset` is added to the positions (the text's place in its source). */
  find(text: string, offset = 0): AgencyMention[] {
    const folded = normalise(text);
    const taken = new Uint8Array(folded.length);
    const found: AgencyMention[] = [];
    for (const { name, agencies, dated } of this.names) {
      let from = 0;
      for (;;) {
        const at = folded.indexOf(name, from);
        if (at < 0) break;
        from = at + 1;
        const end = at + name.length;
        // Whole words only ("Hải quan" is not inside "cơ quan hải quan…" mid-word; "Tòa án" not in "Tòa ánh").
        if (isLetter(folded[at - 1]) || isLetter(folded[end])) continue;
        if (taken.subarray(at, end).some((t) => t === 1)) continue;
        taken.fill(1, at, end);
        for (const agency of agencies)
          found.push({
            agency,
            start: offset + at,
            end: offset + end,
            quote: text.slice(at, end),
            ...(dated ? { dated } : {}),
          });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** The distinct agencies of some mentions, in the order first named. */
export const agenciesOf = (mentions: readonly AgencyMention[]): AgencyCode[] => [
  ...new Set(mentions.map((m) => m.agency)),
];
