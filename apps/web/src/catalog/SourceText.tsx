import { Box, Paper, ScrollArea, Typography } from "@mantine/core";
import { useEffect, useMemo, useRef } from "react";
import Markdown from "react-markdown";

/** The text's blocks (paragraphs, headings, list items — separated by blank lines) with where each starts and ends. */
function blocksOf(text: string): { start: number; end: number; text: string }[] {
  const blocks: { start: number; end: number; text: string }[] = [];
  const separator = /\n\s*\n/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) blocks.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < text.length) blocks.push({ start, end: text.length, text: text.slice(start) });
  return blocks;
}

/**
 * The document as received, rendered as a document (its Markdown: headings, bold, lists; no HTML is interpreted),
 * the passage holding the selected item's words marked and scrolled into view.
 */
export function SourceText({ text, highlight }: { text: string; highlight: string | null }) {
  const markRef = useRef<HTMLDivElement>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => blocksOf(text), [text]);
  const index = highlight ? text.indexOf(highlight) : -1;
  const end = index < 0 || !highlight ? -1 : index + highlight.length;
  const before = blocks.filter((b) => index < 0 || b.end <= index);
  const marked = index < 0 ? [] : blocks.filter((b) => b.end > index && b.start < end);
  const after = index < 0 ? [] : blocks.filter((b) => b.start >= end);
  useEffect(() => {
    // Scroll the text panel only, not the page around it.
    const mark = markRef.current;
    const viewport = viewportRef.current;
    if (mark && viewport)
      viewport.scrollTo({ top: Math.max(0, mark.offsetTop - viewport.clientHeight / 3), behavior: "smooth" });
  }, [highlight]);
  const render = (part: { text: string }[]) => <Markdown>{part.map((b) => b.text).join("\n\n")}</Markdown>;
  return (
    // The document's own words, as received: never translated (lang tells the browser and screen readers so).
    <Paper withBorder p="md" bg="gray.0" translate="no" lang="vi">
      <ScrollArea h="calc(100vh - 220px)" type="auto" viewportRef={viewportRef}>
        <Typography fz="sm" style={{ fontFamily: "Georgia, 'Times New Roman', serif" }} data-testid="source-text">
          <Box pos="relative">
            {render(before)}
            {marked.length > 0 && (
              <Box
                ref={markRef}
                data-testid="source-highlight"
                bg="yellow.1"
                px={6}
                style={{ borderLeft: "3px solid var(--mantine-color-yellow-6)" }}
              >
                {render(marked)}
              </Box>
            )}
            {render(after)}
          </Box>
        </Typography>
      </ScrollArea>
    </Paper>
  );
}
