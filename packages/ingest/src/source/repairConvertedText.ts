/**
 * Text extracted from a PDF, repaired before parsing: page numbers and running headers/footers removed (a short
 * line repeated on three or more pages), words hyphenated across a line joined, and lines broken inside a sentence
 * joined; a line that starts an item (I., 1., a), -, +) or follows a full stop keeps its break, as a paragraph.
 */
export function repairConvertedText(pages: readonly string[]): string {
  const lineCounts = new Map<string, number>();
  for (const page of pages)
    for (const line of new Set(page.split("\n").map((l) => l.trim())))
      if (line.length > 0 && line.length < 90) lineCounts.set(line, (lineCounts.get(line) ?? 0) + 1);
  const repeated = (line: string) =>
    pages.length >= 3 && (lineCounts.get(line) ?? 0) >= Math.max(3, pages.length * 0.6);
  const pageNumber = /^(?:trang\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*\/\s*\d{1,3})?$/iu;
  const lines = pages
    .flatMap((page) => page.split("\n"))
    .map((l) => l.replace(/\s+$/u, ""))
    .filter((l) => !pageNumber.test(l.trim()) && !repeated(l.trim()));
  const startsItem = /^\s*(?:[IVXL]{1,6}\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–•+])\s/u;
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (line.trim() === "") {
      if (previous !== undefined && previous !== "") out.push("");
      continue;
    }
    if (previous === undefined || previous === "") {
      out.push(line.trim());
      continue;
    }
    if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(line.trim())) {
      out[out.length - 1] = previous.slice(0, -1) + line.trim();
    } else if (startsItem.test(line) || /[.:;!?]["”)]?$/u.test(previous) || /^\p{Lu}[\p{Lu}\s,]+$/u.test(line.trim())) {
      out.push("", line.trim());
    } else {
      out[out.length - 1] = `${previous} ${line.trim()}`;
    }
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
