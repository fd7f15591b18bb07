import { catalogDocuments, sourceText } from "@pcmt/catalog";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { blocksOf } from "../outline/readOutline";
import { readSource } from "../source/readSource";
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
