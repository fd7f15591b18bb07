import { describe, expect, it } from "vitest";
import { pageTextOfItems, type PositionedText } from "./pdfPageText";

/** A printed line as PDF.js reports it: two runs, the second ending the line at `right`. */
function line(text: string, y: number, right: number, left = 90): PositionedText[] {
  const half = Math.floor(text.length / 2);
  const middle = left + (right - left) / 2;
  return [
    { str: text.slice(0, half), x: left, y, width: middle - left, fontSize: 13, hasEOL: false },
    { str: text.slice(half), x: middle, y, width: right - middle, fontSize: 13, hasEOL: true },
  ];
}

describe("pageTextOfItems", () => {
  it("on a justified page, ends a paragraph at a line that stops short of the right edge", () => {
    const items = [
      ...line("1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy đảng các", 760, 534),
      ...line("cấp; nâng cao hiệu quả phối hợp giữa các sở, ban, ngành.", 744, 534),
      ...line("Phát huy những kết quả đạt được.", 728, 300),
      ...line("2. Triển khai thực hiện toàn diện các mặt công tác phòng,", 712, 534),
      ...line("chống tội phạm và tệ nạn ma túy trên địa bàn tỉnh.", 696, 480),
      // A running footer far below: a margin away, centred.
      ...line("Trang 1/3", 60, 320, 280),
    ];
    expect(pageTextOfItems(items)).toEqual({
      text: [
        "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy đảng các",
        "cấp; nâng cao hiệu quả phối hợp giữa các sở, ban, ngành.",
        "Phát huy những kết quả đạt được.",
        "",
        "2. Triển khai thực hiện toàn diện các mặt công tác phòng,",
        "chống tội phạm và tệ nạn ma túy trên địa bàn tỉnh.",
        "",
        "Trang 1/3",
        "",
      ].join("\n"),
      paragraphsMarked: true,
    });
  });

  it("on a ragged page, marks only the paragraph spacing, and says the paragraphs are not all marked", () => {
    const items = [
      ...line("Thực hiện Kế hoạch số 5199/KH-UBND ngày 13/11/2020 của", 760, 510),
      ...line("UBND tỉnh về việc thực hiện Chỉ thị số 36-CT/TW", 744, 470),
      ...line("ngày 16/8/2019 của Bộ Chính trị như sau:", 728, 420),
      ...line("I. MỤC TIÊU, YÊU CẦU", 706, 250),
      ...line("1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy đảng các", 684, 500),
      ...line("cấp trong công tác phòng, chống ma túy.", 668, 390),
    ];
    const page = pageTextOfItems(items);
    expect(page.paragraphsMarked).toBe(false);
    expect(page.text.split("\n")).toEqual([
      "Thực hiện Kế hoạch số 5199/KH-UBND ngày 13/11/2020 của",
      "UBND tỉnh về việc thực hiện Chỉ thị số 36-CT/TW",
      "ngày 16/8/2019 của Bộ Chính trị như sau:",
      "",
      "I. MỤC TIÊU, YÊU CẦU",
      "",
      "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy đảng các",
      "cấp trong công tác phòng, chống ma túy.",
    ]);
  });
});
