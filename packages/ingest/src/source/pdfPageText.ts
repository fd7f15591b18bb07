/** A run of text on a PDF page, where PDF.js put it (points, origin bottom-left); `hasEOL` ends its line. */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

interface PrintedLine {
  text: string;
  right: number;
  y: number;
  size: number;
}

function linesOf(items: readonly PositionedText[]): PrintedLine[] {
  const lines: PrintedLine[] = [];
  let runs: PositionedText[] = [];
  const close = () => {
    const inked = runs.filter((r) => r.str.trim() !== "");
    if (inked.length > 0)
      lines.push({
        text: runs.map((r) => r.str).join(""),
        right: Math.max(...inked.map((r) => r.x + r.width)),
        y: inked[0]!.y,
        size: Math.max(...inked.map((r) => r.fontSize)),
      });
    runs = [];
  };
  for (const item of items) {
    runs.push(item);
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A page's text, and whether its layout marked every paragraph end (see pageTextOfItems). */
export interface PageText {
  text: string;
  /** Justified: a line with no blank line after it reaches the right edge, so it runs on into the next line. */
  paragraphsMarked: boolean;
}

/** How far short of the right edge a line may end and still count as reaching it (points). */
const edgeTolerance = 1.5;

/**
 * A PDF page's text, one printed line a line, with a blank line after each line the layout shows to end its
 * paragraph: on a justified page (most lines end at the same right edge) a line that stops short of that edge,
 * and on any page a line followed by more space than the page's usual line pitch (paragraph spacing, up to twice
 * the pitch: a wider gap is a margin, a running footer or a figure, and says nothing). repairConvertedText joins
 * the other lines into their paragraphs.
 */
export function pageTextOfItems(items: readonly PositionedText[]): PageText {
  const lines = linesOf(items);
  let measure: number | null = null;
  let most = 0;
  for (const line of lines) {
    const atEdge = lines.filter((other) => Math.abs(other.right - line.right) <= edgeTolerance).length;
    if (atEdge > most || (atEdge === most && measure !== null && line.right > measure)) {
      most = atEdge;
      measure = line.right;
    }
  }
  const justified = measure !== null && most >= Math.max(3, lines.length * 0.3);
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((gap, i) => gap > 0 && gap < 3 * lines[i]!.size);
  const pitch = gaps.length >= 3 ? median(gaps) : null;
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line.text);
    const next = lines[i + 1];
    const gap = next ? line.y - next.y : 0;
    const stopsShort = justified && line.right < measure! - edgeTolerance;
    const spaced = pitch !== null && gap > 1.2 * pitch && gap <= 2 * pitch;
    if (stopsShort || spaced) out.push("");
  });
  return { text: out.join("\n"), paragraphsMarked: justified };
}
