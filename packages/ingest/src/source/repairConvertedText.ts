/**
 * How wide a line prints, roughly, in units of a lowercase letter: capitals are wider, spaces and punctuation
 * narrower. Enough to tell a line that fills the measure from one that ends a paragraph.
 */
function printedWidth(line: string): number {
  let width = 0;
  for (const char of line)
    if (/\s/u.test(char)) width += 0.5;
    else if (/\p{Lu}/u.test(char)) width += 1.4;
    else if (/[\p{P}\p{S}]/u.test(char)) width += 0.6;
    else width += 1;
  return width;
}

/**
 * The width of a full line of body text: the 90th percentile of the lines' widths, when there are enough lines to
 * tell (most lines of a page of prose fill the measure); null otherwise.
 */
function fullLineWidth(lines: readonly string[]): number | null {
  const widths = lines
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map(printedWidth)
    .sort((a, b) => a - b);
  if (widths.length < 12) return null;
  const full = widths[Math.floor(widths.length * 0.9)]!;
  return full >= 30 ? full : null;
}

export interface RepairOptions {
  /**
   * Per page, whether its layout already marked every paragraph end with a blank line (a justified PDF page, read
   * by pdfPageText.ts): a line there with no blank line after it runs on into the next, even after a full stop.
   */
  paragraphsMarked?: readonly boolean[];
}

/**
 * Text extracted from a PDF (or recognised from its scans), one string per page, repaired before parsing:
 * - page numbers ("3", "- 3 -", "Trang 3/7") and running headers/footers (a short line repeated on three or more
 *   pages) removed, with the paragraph break after them, so a paragraph runs on across the page;
 * - a word hyphenated across a line joined ("phối hợp-" + "lực" → no hyphen), and a compound broken after its
 *   hyphen or slash kept whole ("36-" + "CT/TW" → "36-CT/TW");
 * - lines broken by the page width joined into their paragraph. A blank line always ends a paragraph, and a line
 *   starting a numbered or lettered item (I., 1., a)) always starts one. On a page whose layout marked its
 *   paragraphs (options.paragraphsMarked) every other line runs on. Otherwise a line also starts a paragraph when
 *   it starts a bullet (-, +), is a heading in capitals, or follows a line that ends a sentence or stops well
 *   short of the measure (a paragraph's last line, a title, a date line); a bullet continues the sentence instead
 *   ("Sở Lao động" + "- Thương binh và Xã hội") when the line before fills the measure without a closing mark.
 */
export function repairConvertedText(pages: readonly string[], options: RepairOptions = {}): string {
  const pageLines = pages.map((page) =>
    page
      .normalize("NFC")
      .split("\n")
      .map((l) => l.replace(/\s+$/u, "")),
  );
  const lineCounts = new Map<string, number>();
  for (const page of pageLines)
    for (const line of new Set(page.map((l) => l.trim())))
      if (line.length > 0 && line.length < 90) lineCounts.set(line, (lineCounts.get(line) ?? 0) + 1);
  const repeated = (line: string) =>
    pages.length >= 3 && (lineCounts.get(line) ?? 0) >= Math.max(3, pages.length * 0.6);
  const pageNumber = /^(?:trang\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*\/\s*\d{1,3})?$/iu;
  // A blank line ends the paragraph of the line before it; one after a removed line goes with that line.
  const lines: { text: string; marked: boolean }[] = [];
  pageLines.forEach((page, p) => {
    const marked = options.paragraphsMarked?.[p] ?? false;
    let afterRemoved = false;
    for (const line of page) {
      const words = line.trim();
      if (words !== "" && (pageNumber.test(words) || repeated(words))) afterRemoved = true;
      else if (words !== "" || !afterRemoved) {
        lines.push({ text: line, marked });
        afterRemoved = false;
      }
    }
  });
  const full = fullLineWidth(lines.map((l) => l.text));
  /** Whether a line stops well short of the measure, so its paragraph ends there. */
  const short = (line: string) => full !== null && printedWidth(line) < 0.7 * full;
  const startsItem = /^\s*(?:[IVXL]{1,6}\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s/u;
  const startsBullet = /^\s*[-–•+]\s/u;
  const endsSentence = /[.:;!?]["”)*]*$/u;
  const capitalsHeading = /^\p{Lu}[\p{Lu}\s,]+$/u;
  const out: string[] = [];
  /** The last line of the paragraph being built, as printed, and whether its page marked its paragraphs. */
  let last = { text: "", marked: false };
  for (const line of lines) {
    const previous = out.at(-1);
    const words = line.text.trim();
    if (words === "") {
      if (previous !== undefined && previous !== "") out.push("");
      continue;
    }
    if (previous === undefined || previous === "") {
      out.push(words);
      last = { text: words, marked: line.marked };
      continue;
    }
    const breaks = last.marked
      ? startsItem.test(words)
      : startsItem.test(words) ||
        (startsBullet.test(words) && (full === null || short(last.text) || endsSentence.test(previous))) ||
        endsSentence.test(previous) ||
        short(last.text) ||
        capitalsHeading.test(words);
    if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(words)) {
      out[out.length - 1] = previous.slice(0, -1) + words;
    } else if (/\S[-/]$/u.test(previous) && /^[\p{Lu}\p{N}]/u.test(words)) {
      out[out.length - 1] = previous + words;
    } else if (breaks) {
      out.push("", words);
    } else {
      out[out.length - 1] = `${previous} ${words}`;
    }
    last = { text: words, marked: line.marked };
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
