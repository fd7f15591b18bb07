import { catalogDocuments, sourceText } from "@pcmt/catalog";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { blocksOf } from "../outline/readOutline";
import { readSource } from "../source/readSource";
import { printPdf } from "../testing/printPdf";
import { draftDocument } from "../draft/draftDocument";
import { scoreDraft } from "./scoreDraft";

const curated = catalogDocuments.find((d) => d.slug === "kh-29-bcd-quang-tri-2024")!;
const source = sourceText(curated);
const leadsByText = (text: string) =>
  draftDocument(text, { sourceFile: "x.txt" }).document.tasks.map(
    (t) => `${t.text.slice(0, 60)} → ${t.lead.join(",")}`,
  );

/** The source as a Word file: one paragraph per block, its line breaks kept. */
async function asDocx(text: string): Promise<Uint8Array> {
  const paragraphs = blocksOf(text).map(
    (b) =>
      new Paragraph({
        children: text
          .slice(b.start, b.end)
          .split("\n")
          .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
      }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

/** The running header printed on every page of the PDF variant. */
const runningHeader = `Kế hoạch số ${curated.number} ngày 05/02/2024 của Ban Chỉ đạo 138 tỉnh Quảng Trị`;

/**
 * The source as a PDF with a text layer, printed by Debian's Chromium (never a downloaded browser; PCMT_CHROMIUM
 * points elsewhere): one justified paragraph per block on A4, so long paragraphs wrap at the page width and run
 * across pages, under a running header and over a "Trang n/N" footer.
 */
async function asPdf(text: string): Promise<Uint8Array> {
  const escape = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const font = `font-family: "Liberation Serif", "DejaVu Serif", serif`;
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
    body { ${font}; font-size: 13pt; line-height: 1.2; text-align: justify; }
    p { margin: 0 0 6pt; text-indent: 1cm; }
  </style></head><body>${blocksOf(text)
    .map((b) => `<p>${text.slice(b.start, b.end).split("\n").map(escape).join("<br>")}</p>`)
    .join("\n")}</body></html>`;
  const small = `${font}; font-size: 9pt; width: 100%; text-align: center;`;
  return printPdf(html, {
    headerTemplate: `<div style='${small}'>${escape(runningHeader)}</div>`,
    footerTemplate: `<div style='${small}'>Trang <span class="pageNumber"></span>/<span class="totalPages"></span></div>`,
    margin: { top: "2cm", bottom: "2cm", left: "3cm", right: "2cm" },
  });
}

describe("the ingester on variants of a document", () => {
  it("reads the same document as a .docx the same way", async () => {
    const fromDocx = await readSource("29-KH-BCD.docx", await asDocx(source));
    expect(fromDocx.via).toBe("docx");
    const text = scoreDraft(draftDocument(source, { sourceFile: curated.sourceFile }), curated);
    const docx = draftDocument(fromDocx.text, { sourceFile: "29-KH-BCD.docx" });
    expect(docx.document.number).toBe("29/KH-BCĐ");
    expect(docx.document.tasks.map((t) => t.lead)).toEqual(
      draftDocument(source, { sourceFile: "x" }).document.tasks.map((t) => t.lead),
    );
    expect(text.found).toBeGreaterThan(20);
  });

  it("reads the same document as a text PDF the same way", { timeout: 120_000 }, async () => {
    const pdf = await asPdf(source);
    // What the repair has to undo is really there: several pages, each with the running header and its footer,
    // and paragraphs broken into lines by the page width.
    const printed = (await extractText(await getDocumentProxy(pdf.slice()), { mergePages: false })).text;
    expect(printed.length).toBeGreaterThanOrEqual(3);
    printed.forEach((page, i) => {
      expect(page).toContain(runningHeader);
      expect(page).toContain(`Trang ${i + 1}/${printed.length}`);
    });
    expect(printed.join("\n").split("\n").length).toBeGreaterThan(2 * blocksOf(source).length);

    const fromPdf = await readSource("29-KH-BCD.pdf", pdf);
    expect(fromPdf.via).toBe("pdf");
    const txt = draftDocument(source, { sourceFile: curated.sourceFile });
    const draft = draftDocument(fromPdf.text, { sourceFile: "29-KH-BCD.pdf" });
    expect(draft.document.number).toBe(curated.number);
    // The same tasks, leads, coordinators and deadlines as the .txt draft: no tolerance.
    const rows = (d: typeof txt) =>
      d.document.tasks.map((t) => ({ ref: t.ref, lead: t.lead, coordinating: t.coordinating, deadline: t.deadline }));
    expect(rows(draft)).toEqual(rows(txt));
    expect(draft.document.indicators.map((i) => i.ref)).toEqual(txt.document.indicators.map((i) => i.ref));
    const { misses: _pdfMisses, ...pdfScore } = scoreDraft(draft, curated);
    const { misses: _txtMisses, ...txtScore } = scoreDraft(txt, curated);
    expect(pdfScore).toEqual(txtScore);

    // The running header and footer are gone, from the tasks and from the text they quote.
    for (const task of draft.document.tasks) {
      expect(task.text).not.toContain(runningHeader);
      expect(task.text).not.toMatch(/Trang \d+\/\d+/);
    }
    expect(fromPdf.text).not.toContain(runningHeader);
    expect(fromPdf.text).not.toMatch(/Trang \d+\/\d+/);

    // Every quote is verbatim in the text read from the PDF.
    expect(draft.sourceText).toBe(fromPdf.text);
    for (const item of [...draft.document.tasks, ...draft.document.indicators])
      expect(fromPdf.text).toContain(item.text);
    for (const e of draft.evidence) expect(fromPdf.text.slice(e.source.start, e.source.end)).toBe(e.source.quote);
  });

  it("gives the same leads when the sections come in another order", () => {
    const second = source.indexOf("\nII. NHIỆM VỤ");
    const third = source.indexOf("\nIII. TỔ CHỨC");
    // The recipients' list stays last, where a document has it.
    const recipients = source.indexOf("\nNơi nhận");
    const reordered =
      source.slice(0, second) +
      source.slice(third, recipients) +
      "\n" +
      source.slice(second, third) +
      source.slice(recipients);
    expect(new Set(leadsByText(reordered))).toEqual(new Set(leadsByText(source)));
  });

  it("recognises an agency under its post-reform name", () => {
    const renamed = source.replaceAll("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ");
    const leads = draftDocument(renamed, { sourceFile: "x" }).document.tasks.flatMap((t) => t.lead);
    expect(leads).toContain("home_affairs");
    expect(leads).not.toContain("labour");
  });

  it("refuses a file it cannot read with a message in Vietnamese", async () => {
    await expect(readSource("ke-hoach.odt", new Uint8Array([1, 2, 3]))).rejects.toThrow(/chưa hỗ trợ/);
    await expect(readSource("ke-hoach.docx", new Uint8Array([1, 2, 3]))).rejects.toThrow(/không đọc được tệp Word/);
    await expect(readSource("ke-hoach.pdf", new Uint8Array([1, 2, 3]))).rejects.toThrow(/không đọc được tệp PDF/);
  });
});
