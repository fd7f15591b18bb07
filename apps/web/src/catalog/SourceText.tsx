import { Paper, ScrollArea, Text } from "@mantine/core";
import { useEffect, useRef } from "react";

/** The document as received, with the words of the selected item marked and scrolled into view. */
export function SourceText({ text, highlight }: { text: string; highlight: string | null }) {
  const markRef = useRef<HTMLElement>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  const index = highlight ? text.indexOf(highlight) : -1;
  useEffect(() => {
    // Scroll the text panel only, not the page around it.
    const mark = markRef.current;
    const viewport = viewportRef.current;
    if (mark && viewport) viewport.scrollTo({ top: Math.max(0, mark.offsetTop - viewport.clientHeight / 3), behavior: "smooth" });
  }, [highlight]);
  return (
    <Paper withBorder p="md" bg="gray.0">
      <ScrollArea h="calc(100vh - 220px)" type="auto" viewportRef={viewportRef}>
        <Text component="div" size="sm" pos="relative" style={{ whiteSpace: "pre-wrap", fontFamily: "Georgia, 'Times New Roman', serif" }} data-testid="source-text">
          {index < 0 || !highlight ? (
            text
          ) : (
            <>
              {text.slice(0, index)}
              <mark ref={markRef} data-testid="source-highlight" style={{ background: "#ffe066" }}>
                {highlight}
              </mark>
              {text.slice(index + highlight.length)}
            </>
          )}
        </Text>
      </ScrollArea>
    </Paper>
  );
}
