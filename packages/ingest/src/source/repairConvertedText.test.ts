import { describe, expect, it } from "vitest";
import { repairConvertedText } from "./repairConvertedText";

/** A paragraph broken into lines of at most `width` characters, as a page of fixed width prints it. */
function wrap(paragraph: string, width = 64): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

const long =
  "Tiếp tục triển khai thực hiện có hiệu quả Chương trình phòng, chống ma túy giai đoạn 2021 - 2025, nhất là các Dự án thuộc Chương trình do các Bộ, ngành chủ trì đã được Chính phủ phê duyệt";
const second =
  "Thường xuyên rà soát, thống kê, cập nhật chính xác, đầy đủ, kịp thời số liệu người sử dụng trái phép chất ma túy, người nghiện ma túy và quản lý sau cai nghiện để có biện pháp quản lý chặt chẽ trên địa bàn";

describe("repairConvertedText", () => {
  it("drops page numbers and a running header and footer, and runs a paragraph on across the page", () => {
    const header = "Kế hoạch số 29/KH-BCĐ của Ban Chỉ đạo 138 tỉnh";
    const lines = wrap(`a) ${long}.`);
    const pages = [
      ["I. NHIỆM VỤ", ...lines.slice(0, 2), header, "", "Trang 1/3"],
      [header, "", ...lines.slice(2), "- 2 -"],
      [header, "", "b) Tham mưu tổ chức sơ kết.", "Trang 3/3"],
    ].map((p) => p.join("\n"));
    expect(repairConvertedText(pages)).toBe(`I. NHIỆM VỤ\n\na) ${long}.\n\nb) Tham mưu tổ chức sơ kết.\n`);
  });

  it("joins a word hyphenated across lines and keeps a compound broken after its hyphen or slash whole", () => {
    const text = repairConvertedText([
      "điều trị nghiện bằng thuốc Metha-\ndone tại cơ sở y tế theo Chỉ thị số 36-\nCT/TW và Kế hoạch số 5199/\nKH-UBND, giai đoạn 2021 -\n2025.",
    ]);
    expect(text).toBe(
      "điều trị nghiện bằng thuốc Methadone tại cơ sở y tế theo Chỉ thị số 36-CT/TW và Kế hoạch số 5199/KH-UBND, giai đoạn 2021 - 2025.\n",
    );
  });

  it("joins lines broken by the page width and keeps the paragraphs: items, short lines, sentence ends", () => {
    const page = [
      "Số: 29/KH-BCĐ",
      "Quảng Trị, ngày 05 tháng 02 năm 2024",
      ...wrap(`1. ${long}`),
      ...wrap(`Công an tỉnh chủ trì, phối hợp Sở Lao động - Thương binh và Xã hội, Sở Y tế và ${second}:`),
      "- Sở Y tế;",
      "+ Bộ Công an (V01);",
      ...wrap(`2. ${second}.`),
    ];
    expect(repairConvertedText([page.join("\n")])).toBe(
      [
        "Số: 29/KH-BCĐ",
        "Quảng Trị, ngày 05 tháng 02 năm 2024",
        `1. ${long}`,
        `Công an tỉnh chủ trì, phối hợp Sở Lao động - Thương binh và Xã hội, Sở Y tế và ${second}:`,
        "- Sở Y tế;",
        "+ Bộ Công an (V01);",
        `2. ${second}.`,
      ].join("\n\n") + "\n",
    );
  });

  it("takes a dash that starts a full line's continuation for the sentence it continues, not a bullet", () => {
    const paragraph = `${long}, các cơ quan, địa phương, thành phố, phối hợp Sở Lao động - Thương binh và Xã hội và các sở, ngành liên quan.`;
    const lines = wrap(paragraph);
    expect(lines).toContainEqual(expect.stringMatching(/^- Thương binh/));
    const page = [...lines, ...wrap(`2. ${second}.`), ...wrap(`3. ${long}.`)];
    expect(repairConvertedText([page.join("\n")])).toBe(`${paragraph}\n\n2. ${second}.\n\n3. ${long}.\n`);
  });

  it("trusts the layout on a page that marked its paragraphs: a line ending a sentence runs on without a blank line", () => {
    const page =
      "a) Tham mưu tổ chức sơ kết.\nTăng cường kiểm tra, giám sát;\nđôn đốc thực hiện.\n\n(Công an tỉnh chủ trì)";
    expect(repairConvertedText([page], { paragraphsMarked: [true] })).toBe(
      "a) Tham mưu tổ chức sơ kết. Tăng cường kiểm tra, giám sát; đôn đốc thực hiện.\n\n(Công an tỉnh chủ trì)\n",
    );
    expect(repairConvertedText([page])).toBe(
      "a) Tham mưu tổ chức sơ kết.\n\nTăng cường kiểm tra, giám sát;\n\nđôn đốc thực hiện.\n\n(Công an tỉnh chủ trì)\n",
    );
  });
});
