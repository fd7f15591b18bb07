import { defineStrings } from "./defineStrings";

/** A report's submitted versions compared. */
export const versions = defineStrings(
  {
    none: "Chưa gửi lần nào.",
    option: "Lần {{number}} — {{at}}",
    compare: "So sánh",
    with: "với",
    summary: "Tóm tắt",
    texts: "Nội dung và trạng thái nhiệm vụ",
    figures: "Số liệu",
    figuresSame: "Số liệu giống nhau ở hai lần gửi.",
    figuresChanged: "{{count}} ô số liệu khác nhau",
    figuresMissing: "Lần gửi này được lưu trước khi hệ thống giữ số liệu của từng lần gửi.",
    place: "Địa bàn",
    element: "Chỉ tiêu",
    before: "Lần {{number}}",
    empty: "trống",
  },
  {
    none: "Not submitted yet.",
    option: "Submission {{number}} — {{at}}",
    compare: "Compare",
    with: "with",
    summary: "Summary",
    texts: "Tasks: results and status",
    figures: "Figures",
    figuresSame: "The figures are the same in both submissions.",
    figuresChanged: "{{count}} figure(s) differ",
    figuresMissing: "This submission was stored before each submission's figures were kept.",
    place: "Place",
    element: "Data element",
    before: "Submission {{number}}",
    empty: "empty",
  },
);
