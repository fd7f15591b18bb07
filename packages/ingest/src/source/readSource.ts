import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { type PageText, pageTextOfItems } from "./pdfPageText";
import { repairConvertedText } from "./repairConvertedText";

/** A source file the ingester cannot read, with the reason in words for the person who gave it. */
export class UnreadableSourceError extends Error {}

export interface SourceText {
  text: string;
  /** How it was read: "text", "docx", "pdf", "pdf+ocr". */
  via: "text" | "docx" | "pdf" | "pdf+ocr";
}

const run = promisify(execFile);

/** Whether a program is on the PATH (asked of the shell, without blocking the server). */
const hasCommand = (command: string) =>
  run("sh", ["-c", `command -v ${command}`]).then(
    () => true,
    () => false,
  );

/**
 * Scanned pages through Debian's tesseract (Vietnamese data), when it is installed. The programs run as child
 * processes awaited one page at a time, so a long scan never blocks the server's other requests.
 */
async function ocrPdf(bytes: Uint8Array): Promise<string> {
  if (!(await hasCommand("tesseract")) || !(await hasCommand("pdftoppm")))
    throw new UnreadableSourceError(
      "Tệp PDF là bản quét (không có lớp chữ). Cần nhận dạng chữ: cài tesseract-ocr, tesseract-ocr-vie và poppler-utils (apt-get install -y tesseract-ocr tesseract-ocr-vie poppler-utils) rồi thử lại, hoặc gửi bản .docx.",
    );
  const languages = (await run("tesseract", ["--list-langs"], { encoding: "utf8" })).stdout;
  if (!/\bvie\b/.test(languages))
    throw new UnreadableSourceError(
      "tesseract đã cài nhưng thiếu dữ liệu tiếng Việt: apt-get install -y tesseract-ocr-vie.",
    );
  const dir = await mkdtemp(join(tmpdir(), "pcmt-ocr-"));
  try {
    await writeFile(join(dir, "in.pdf"), bytes);
    try {
      await run("pdftoppm", ["-r", "300", "-png", join(dir, "in.pdf"), join(dir, "page")]);
    } catch {
      throw new UnreadableSourceError("Không chuyển được các trang PDF thành ảnh để nhận dạng chữ.");
    }
    const pages = (await readdir(dir)).filter((f) => f.endsWith(".png")).sort();
    const texts: string[] = [];
    for (const page of pages)
      texts.push(
        (
          await run("tesseract", [join(dir, page), "stdout", "-l", "vie"], {
            encoding: "utf8",
            maxBuffer: 64 * 2 ** 20,
          })
        ).stdout,
      );
    return repairConvertedText(texts);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A document as it arrives → its text: .txt/.md as written (NFC), .docx through mammoth (paragraphs kept), .pdf
 * through PDF.js (unpdf) with its line breaks, hyphenation and page headers repaired (paragraph ends read from the
 * layout: pdfPageText.ts), and a scanned PDF through tesseract when installed. Throws UnreadableSourceError with a
 * clear message otherwise.
 */
export async function readSource(name: string, bytes: Uint8Array): Promise<SourceText> {
  const extension = extname(name).toLowerCase();
  if (extension === ".txt" || extension === ".md") {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    if (text.includes("\uFFFD"))
      throw new UnreadableSourceError(`${name}: không phải văn bản UTF-8 (hãy lưu lại với mã hóa UTF-8).`);
    return { text: text.normalize("NFC"), via: "text" };
  }
  if (extension === ".docx") {
    const mammoth = await import("mammoth");
    try {
      const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return { text: result.value.replace(/\n{3,}/g, "\n\n").normalize("NFC"), via: "docx" };
    } catch {
      throw new UnreadableSourceError(`${name}: không đọc được tệp Word (.docx) — tệp hỏng hoặc không phải .docx.`);
    }
  }
  if (extension === ".pdf") {
    const { extractTextItems, getDocumentProxy } = await import("unpdf");
    let laidOut: PageText[];
    try {
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      laidOut = (await extractTextItems(pdf)).items.map(pageTextOfItems);
    } catch {
      throw new UnreadableSourceError(`${name}: không đọc được tệp PDF — tệp hỏng hoặc có mật khẩu.`);
    }
    const pages = laidOut.map((p) => p.text);
    const letters = pages.join("").replace(/\s/g, "").length;
    if (letters < 50 * Math.max(1, pages.length) * 0.2)
      return { text: (await ocrPdf(bytes)).normalize("NFC"), via: "pdf+ocr" };
    const paragraphsMarked = laidOut.map((p) => p.paragraphsMarked);
    return { text: repairConvertedText(pages, { paragraphsMarked }).normalize("NFC"), via: "pdf" };
  }
  throw new UnreadableSourceError(
    `${name}: định dạng ${extension || "không rõ"} chưa hỗ trợ — dùng .txt, .md, .docx hoặc .pdf.`,
  );
}

/** The same, from a path on disk. */
export async function readSourceFile(path: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UnreadableSourceError(`Không mở được tệp ${path}.`);
  }
  return readSource(path, bytes);
}
