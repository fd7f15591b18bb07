import { Paper, ScrollArea } from "@mantine/core";
import { useEffect, useMemo, useRef } from "react";
import type { Span } from "./draftEdits";

/** One drafted item's words in the source, as the panel marks them. */
export interface MarkedSpan {
  key: string;
  item: string;
  start: number;
  end: number;
  /** An open point is attached to the item. */
  doubtful: boolean;
}

const tone: Record<string, string> = {
  task: "var(--mantine-color-blue-0)",
  generalTask: "var(--mantine-color-gray-1)",
  section: "var(--mantine-color-violet-0)",
  indicator: "var(--mantine-color-green-1)",
  fact: "var(--mantine-color-orange-0)",
  reporting: "var(--mantine-color-teal-0)",
};

/** The marks that do not overlap (the first, then the longest, wins) — a target inside its task shows on select. */
function layOut(spans: readonly MarkedSpan[]) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MarkedSpan[] = [];
  for (const span of sorted) if (kept.length === 0 || span.start >= kept.at(-1)!.end) kept.push(span);
  return kept;
}

/** Where, in the source, a selection made in the panel starts and ends (each segment knows its offset). */
function selectedSpan(container: HTMLElement, text: string): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number) => {
    const segment = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement))?.closest(
      "[data-start]",
    );
    if (!segment || !container.contains(segment)) return null;
    return Number((segment as HTMLElement).dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  // Trim the blank the mouse took with the words.
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const quote = raw.trim();
  if (!quote) return null;
  return { quote, start: start + lead, end: start + lead + quote.length };
}

/**
 * The source text as received, every drafted item's words marked (tasks, general tasks, headings, targets, facts;
 * a dashed underline where a point is open), the selected item's words strongly marked and scrolled into view.
 * Selecting words reports their exact span, for adding an item or replacing an item's words.
 */
export function DraftSource({
  text,
  spans,
  selected,
  onSelectItem,
  onSelectText,
}: {
  text: string;
  spans: readonly MarkedSpan[];
  selected: MarkedSpan | null;
  onSelectItem: (key: string) => void;
  onSelectText: (span: Span | null) => void;
}) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLSpanElement>(null);
  const segments = useMemo(() => {
    const kept = layOut(spans);
    const cuts = new Set([0, text.length]);
    for (const s of kept) cuts.add(s.start).add(s.end);
    if (selected) cuts.add(selected.start).add(selected.end);
    const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
    const result: { start: number; end: number; cover: MarkedSpan | null; inSelected: boolean }[] = [];
    for (let i = 0, pointer = 0; i < points.length - 1; i += 1) {
      const start = points[i]!;
      const end = points[i + 1]!;
      while (pointer < kept.length && kept[pointer]!.end <= start) pointer += 1;
      const candidate = kept[pointer];
      const cover = candidate && candidate.start <= start ? candidate : null;
      result.push({ start, end, cover, inSelected: !!selected && start >= selected.start && end <= selected.end });
    }
    return result;
  }, [text, spans, selected]);
  const firstSelected = segments.findIndex((s) => s.inSelected);

  useEffect(() => {
    const mark = markRef.current;
    const viewport = viewportRef.current;
    if (mark && viewport)
      viewport.scrollTo({ top: Math.max(0, mark.offsetTop - viewport.clientHeight / 3), behavior: "smooth" });
  }, [selected?.key, selected?.start]);

  return (
    <Paper withBorder p="md" bg="white" translate="no" lang="vi">
      <ScrollArea h="calc(100vh - 200px)" type="auto" viewportRef={viewportRef}>
        <div
          ref={containerRef}
          data-testid="draft-source"
          style={{
            whiteSpace: "pre-wrap",
            fontFamily: "Georgia, 'Times New Roman', serif",
            fontSize: "var(--mantine-font-size-sm)",
            lineHeight: 1.6,
            position: "relative",
          }}
          onMouseUp={() => containerRef.current && onSelectText(selectedSpan(containerRef.current, text))}
        >
          {segments.map((s, i) => (
            <span
              key={s.start}
              ref={i === firstSelected ? markRef : undefined}
              data-start={s.start}
              data-key={s.cover?.key}
              data-selected={s.inSelected || undefined}
              onClick={() => {
                if (s.cover && window.getSelection()?.isCollapsed) onSelectItem(s.cover.key);
              }}
              style={{
                background: s.inSelected
                  ? "var(--mantine-color-yellow-3)"
                  : s.cover
                    ? (tone[s.cover.item] ?? "transparent")
                    : undefined,
                cursor: s.cover ? "pointer" : undefined,
                borderBottom: s.cover?.doubtful ? "2px dashed var(--mantine-color-red-6)" : undefined,
              }}
            >
              {text.slice(s.start, s.end)}
            </span>
          ))}
        </div>
      </ScrollArea>
    </Paper>
  );
}
