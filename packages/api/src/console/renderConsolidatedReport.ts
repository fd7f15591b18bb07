import { describePeriod, describeValue, formatDay, indicatorStateLabels, unitWords } from "@pcmt/domain";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from "docx";
import ExcelJS from "exceljs";
import type { ConsolidatedReport } from "./consolidatedReport";

const mm = (value: number) => Math.round((value / 25.4) * 1440);
const font = "Times New Roman";
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
type ReportIndicator = ConsolidatedReport["indicators"][number];
/** "62/78 xã (79,5%)": how many places the figure is made of. */
const placesReported = (i: ReportIndicator) =>
  i.completeness ? `${i.completeness.reported}/${i.completeness.expected} ${i.completeness.placeWord}` : "—";
/** The state in words, with why a figure is not evaluated. */
const stateWords = (i: ReportIndicator) => {
  if (i.state === "insufficient_data" && i.completeness)
    return `${indicatorStateLabels[i.state]} (${i.completeness.reported}/${i.completeness.expected} ${i.completeness.placeWord} báo cáo, cần ≥ ${i.minCompleteness}%)`;
  if (i.state === "inconsistent") return `${indicatorStateLabels[i.state]} (tử số lớn hơn mẫu số)`;
  return indicatorStateLabels[i.state];
};
/** "1.080 vụ (năm 2024; so với năm 2023: 1.040 vụ, +3,8%)", "62,1% (tháng 12/2024)". */
const resultWords = (i: ReportIndicator) => {
  if (i.value === null) return "Chưa có số liệu";
  const value = describeValue(i.value, i.valueUnit);
  if (!i.period) return value;
  const span = `${describePeriod(i.period).toLowerCase()}${i.through ? `, đến ${formatDay(i.through)}` : ""}`;
  const compared = i.previous
    ? i.previous.value === null
      ? `; chưa có số liệu ${describePeriod(i.previous.period).toLowerCase()}${i.previous.through ? ` đến ${formatDay(i.previous.through)}` : ""}`
      : `; so với ${describePeriod(i.previous.period).toLowerCase()}: ${describeValue(i.previous.value, i.valueUnit)}${i.growth === null ? "" : `, ${i.growth >= 0 ? "+" : ""}${describeValue(i.growth, "percent")}`}${i.previous.acrossReform ? ", hai kỳ theo địa bàn trước và sau sắp xếp 1/7/2025" : ""}`
    : "";
  return `${value} (${span}${compared})`;
};
/** Section III, from what the figures show: only the work that is actually outstanding. */
function tasksAhead(report: ConsolidatedReport, behind: number, untrusted: number): string {
  const items = [
    report.overdueTasks.length > 0 ? "tập trung hoàn thành các nhiệm vụ quá hạn nêu tại mục II" : null,
    behind > 0
      ? "các cơ quan chưa gửi hoặc bị trả lại báo cáo khẩn trương gửi về Cơ quan thường trực (Công an tỉnh)"
      : null,
    untrusted > 0 ? "các cơ quan rà soát, bổ sung số liệu các chỉ tiêu chưa đủ hoặc chưa khớp" : null,
    report.indicators.some((i) => i.state === "at_risk" || i.state === "not_achieved")
      ? "tiếp tục thực hiện các chỉ tiêu chưa đạt"
      : null,
  ].filter((x): x is string => x !== null);
  if (items.length === 0) return "Tiếp tục triển khai các nhiệm vụ của các văn bản còn hiệu lực.";
  const text = items.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const lifetimeWords = (d: ConsolidatedReport["documents"][number]) =>
  d.lifetime.status === "ended" && d.lifetime.until
    ? ` (đã kết thúc ngày ${formatDay(d.lifetime.until)}; số liệu cuối cùng)`
    : "";

const text = (
  content: string,
  options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) =>
  new TextRun({
    text: content,
    font,
    size: (options.size ?? 14) * 2,
    bold: options.bold,
    italics: options.italics,
    underline: options.underline ? { type: UnderlineType.SINGLE } : undefined,
  });
const para = (
  runs: TextRun[] | string,
  options: {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    before?: number;
    after?: number;
    indent?: boolean;
  } = {},
) =>
  new Paragraph({
    children: typeof runs === "string" ? [text(runs)] : runs,
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: options.before ?? 0, after: options.after ?? 80, line: 300 },
    indent: options.indent ? { firstLine: mm(10) } : undefined,
  });
const heading = (content: string) => para([text(content, { bold: true })], { before: 160, indent: true });

function gridTable(header: string[], rows: string[][], widths: number[]): Table {
  const cell = (content: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ children: [text(content, { bold, size: 12 })], alignment: AlignmentType.LEFT })],
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map(mm),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

/**
 * The report as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP): A4, Times New Roman, the issuing
 * body and number top left, the national motto top right, place and date in italics, "BÁO CÁO" and its subject,
 * numbered sections with tables, recipients bottom left and the signer bottom right.
 */
export async function renderConsolidatedDocx(report: ConsolidatedReport): Promise<Buffer> {
  const [year, month, day] = report.issuedOn.split("-");
  const upperProvince = report.provinceName.toUpperCase();
  const header = new Table({
    width: { size: mm(165), type: WidthType.DXA },
    columnWidths: [mm(62), mm(103)],
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            borders: noBorders,
            width: { size: mm(62), type: WidthType.DXA },
            children: [
              para([text(`UBND TỈNH ${upperProvince}`, { size: 13 })], { align: AlignmentType.CENTER, after: 0 }),
              para([text("BAN CHỈ ĐẠO 138", { bold: true, size: 13 })], { align: AlignmentType.CENTER, after: 120 }),
              para([text("Số:       /BC-BCĐ", { size: 13 })], { align: AlignmentType.CENTER }),
            ],
          }),
          new TableCell({
            borders: noBorders,
            width: { size: mm(103), type: WidthType.DXA },
            children: [
              para([text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 13 })], {
                align: AlignmentType.CENTER,
                after: 0,
              }),
              para([text("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true })], {
                align: AlignmentType.CENTER,
                after: 120,
              }),
              para(
                [
                  text(`${report.provinceName}, ngày ${Number(day)} tháng ${Number(month)} năm ${year}`, {
                    italics: true,
                  }),
                ],
                { align: AlignmentType.CENTER },
              ),
            ],
          }),
        ],
      }),
    ],
  });

  const totals = report.documents.reduce(
    (a, d) => ({ total: a.total + d.total, done: a.done + d.done, overdue: a.overdue + d.overdue }),
    { total: 0, done: 0, overdue: 0 },
  );
  const period = report.periodLabel.toLowerCase();
  const behind = report.timeliness.filter(
    (t) => t.timeliness === "late" || t.timeliness === "not_submitted" || t.awaitingResubmission,
  );
  const notDue = report.timeliness.filter((t) => t.timeliness === "not_due" && !t.awaitingResubmission);
  const untrusted = report.indicators.filter((i) => i.state === "insufficient_data" || i.state === "inconsistent");
  const body = [
    header,
    para([text("BÁO CÁO", { bold: true })], { align: AlignmentType.CENTER, before: 240, after: 0 }),
    para(
      [
        text(
          report.period ? `Kết quả công tác phòng, chống ma túy ${period}` : "Kết quả công tác phòng, chống ma túy",
          { bold: true },
        ),
      ],
      { align: AlignmentType.CENTER, after: 120 },
    ),
    ...report.basis.map((b) => para([text(b, { italics: true, size: 12 })], { indent: true, after: 40 })),
    heading("I. KẾT QUẢ THỰC HIỆN"),
    report.documents.length === 0
      ? para(`Không có văn bản chỉ đạo nào của tỉnh còn hiệu lực trong kỳ ${period}.`, { indent: true })
      : para(
          `Các văn bản chỉ đạo của tỉnh còn hiệu lực trong kỳ giao ${totals.total} nhiệm vụ; đến ngày ${formatDay(report.tasksCountedOn)} đã hoàn thành ${totals.done}, quá hạn chưa hoàn thành ${totals.overdue}.`,
          { indent: true },
        ),
    ...report.documents.map((d) =>
      para(
        `- ${d.number ?? d.title}${lifetimeWords(d)}: ${d.total} nhiệm vụ, hoàn thành ${d.done}, đang thực hiện ${d.in_progress}, chưa thực hiện ${d.not_started}, quá hạn ${d.overdue}.`,
        { indent: true },
      ),
    ),
    para([text("Bảng 1. Kết quả thực hiện các chỉ tiêu", { italics: true })], {
      align: AlignmentType.CENTER,
      before: 120,
    }),
    gridTable(
      ["Chỉ tiêu", "Mục tiêu", "Kết quả (kỳ số liệu)", "Địa bàn báo cáo", "Đánh giá"],
      report.indicators.map((i) => [
        i.sources.length ? `${i.name} (số liệu: ${i.sources.join(", ")})` : i.name,
        i.target,
        resultWords(i),
        placesReported(i),
        stateWords(i),
      ]),
      [52, 28, 30, 22, 33],
    ),
    heading("II. HẠN CHẾ, NGUYÊN NHÂN"),
    para(
      report.overdueTasks.length > 0
        ? `Còn ${report.overdueTasks.length} nhiệm vụ quá hạn chưa hoàn thành: ${report.overdueTasks
            .slice(0, 15)
            .map((t) => `${t.document} ${t.refText}`)
            .join("; ")}${report.overdueTasks.length > 15 ? "; …" : ""}.`
        : "Không có nhiệm vụ quá hạn.",
      { indent: true },
    ),
    ...(untrusted.length > 0
      ? [
          para(
            `${untrusted.length} chỉ tiêu chưa được đánh giá vì chưa đủ số liệu hoặc số liệu chưa khớp: ${untrusted.map((i) => i.name).join("; ")}.`,
            { indent: true },
          ),
        ]
      : []),
    para(
      report.timeliness.length === 0
        ? report.period
          ? `Kỳ ${period} không có báo cáo định kỳ phải gửi theo các văn bản còn hiệu lực của tỉnh.`
          : "Các văn bản của tỉnh chưa có kỳ báo cáo nào đến hạn."
        : behind.length > 0
          ? `${behind.length}/${report.timeliness.length} cơ quan gửi báo cáo ${period} muộn, chưa gửi khi đã quá hạn, hoặc bị trả lại chờ gửi lại: ${behind.map((t) => `${t.agencyName} (${t.label.toLowerCase()})`).join(", ")}.`
          : notDue.length > 0
            ? notDue.length === report.timeliness.length
              ? `Chưa đến hạn gửi báo cáo ${period} (hạn ${formatDay(notDue[0]!.dueDate)}): ${notDue.length} cơ quan phải gửi, chưa cơ quan nào gửi.`
              : `${report.timeliness.length - notDue.length}/${report.timeliness.length} cơ quan đã gửi báo cáo ${period} đúng hạn; ${notDue.length} cơ quan chưa đến hạn gửi.`
            : `Các cơ quan gửi báo cáo ${period} đúng hạn.`,
      { indent: true },
    ),
    ...(notDue.length > 0 && behind.length > 0
      ? [
          para(`${notDue.length} cơ quan chưa đến hạn gửi báo cáo (hạn ${formatDay(notDue[0]!.dueDate)}).`, {
            indent: true,
          }),
        ]
      : []),
    para([text("Bảng 2. Tình hình gửi báo cáo", { italics: true })], { align: AlignmentType.CENTER, before: 120 }),
    gridTable(
      ["Cơ quan", "Hạn gửi", "Tình hình"],
      report.timeliness.map((t) => [t.agencyName, formatDay(t.dueDate), t.label]),
      [75, 30, 60],
    ),
    heading("III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"),
    para(tasksAhead(report, behind.length, untrusted.length), { indent: true }),
    heading("IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    para(
      report.overdueTasks.length > 0 || behind.length > 0
        ? "Đề nghị Ban Chỉ đạo chỉ đạo các cơ quan, đơn vị chưa hoàn thành nhiệm vụ, chưa gửi báo cáo đúng hạn khắc phục ngay."
        : "Đề nghị Ban Chỉ đạo tiếp tục chỉ đạo các cơ quan, đơn vị duy trì thực hiện nhiệm vụ và chế độ báo cáo.",
      { indent: true },
    ),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: [mm(80), mm(80)],
      borders: noBorders,
      rows: [
        new TableRow({
          children: [
            new TableCell({
              borders: noBorders,
              children: [
                para([text("Nơi nhận:", { bold: true, italics: true, size: 12 })], {
                  align: AlignmentType.LEFT,
                  before: 240,
                  after: 0,
                }),
                para([text("- BCĐ 138 Chính phủ;", { size: 11 })], { align: AlignmentType.LEFT, after: 0 }),
                para([text("- Thường trực Tỉnh ủy, HĐND, UBND tỉnh;", { size: 11 })], {
                  align: AlignmentType.LEFT,
                  after: 0,
                }),
                para([text("- Các thành viên BCĐ 138 tỉnh;", { size: 11 })], { align: AlignmentType.LEFT, after: 0 }),
                para([text("- Lưu: VT.", { size: 11 })], { align: AlignmentType.LEFT, after: 0 }),
              ],
            }),
            new TableCell({
              borders: noBorders,
              children: [
                para([text("TM. BAN CHỈ ĐẠO", { bold: true, size: 13 })], {
                  align: AlignmentType.CENTER,
                  before: 240,
                  after: 0,
                }),
                para([text("TRƯỞNG BAN", { bold: true, size: 13 })], { align: AlignmentType.CENTER, after: 1200 }),
              ],
            }),
          ],
        }),
      ],
    }),
  ];
  const document = new Document({
    creator: "PCMT",
    title: `Báo cáo ${report.periodLabel} — ${report.provinceName}`,
    styles: { default: { document: { run: { font, size: 28 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The same figures as a workbook for re-use: numbers as numbers (percent with one decimal), dates as dates, names for people and codes in their own column. */
export async function renderConsolidatedXlsx(report: ConsolidatedReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PCMT";
  const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  const addSheet = (
    name: string,
    columns: { header: string; width: number; format?: string; hidden?: boolean }[],
    rows: (string | number | Date | null)[][],
  ) => {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([`${report.provinceName} — ${report.periodLabel}`]).font = { bold: true };
    sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = c.width;
      if (c.format) column.numFmt = c.format;
      if (c.hidden) column.hidden = true;
    });
    return sheet;
  };
  const dateFormat = "dd/mm/yyyy";
  addSheet(
    "Văn bản",
    [
      { header: "Văn bản", width: 50 },
      { header: "Hiệu lực từ", width: 14, format: dateFormat },
      { header: "Hiệu lực đến", width: 14, format: dateFormat },
      { header: "Tổng số nhiệm vụ", width: 16 },
      { header: "Hoàn thành", width: 12 },
      { header: "Đang thực hiện", width: 14 },
      { header: "Chưa thực hiện", width: 14 },
      { header: "Quá hạn", width: 10 },
    ],
    report.documents.map((d) => [
      d.number ?? d.title,
      asDate(d.lifetime.from),
      asDate(d.lifetime.until),
      d.total,
      d.done,
      d.in_progress,
      d.not_started,
      d.overdue,
    ]),
  );
  addSheet(
    "Chỉ tiêu",
    [
      { header: "Chỉ tiêu", width: 50 },
      { header: "Mục tiêu", width: 28 },
      { header: "Kết quả", width: 12, format: "#,##0.##" },
      { header: "Tỷ lệ", width: 10, format: "0.0%" },
      { header: "Tử số", width: 12, format: "#,##0.##" },
      { header: "Mẫu số", width: 12, format: "#,##0.##" },
      { header: "Đơn vị", width: 10 },
      { header: "Kỳ số liệu", width: 20 },
      { header: "Số liệu đến ngày", width: 16, format: "dd/mm/yyyy" },
      { header: "Kỳ so sánh", width: 16 },
      { header: "Kết quả kỳ so sánh", width: 16, format: "#,##0.##" },
      { header: "Tăng, giảm so với kỳ so sánh", width: 16, format: "0.0%" },
      { header: "Địa bàn đã báo cáo", width: 18 },
      { header: "Địa bàn phải báo cáo", width: 18 },
      { header: "Đánh giá", width: 40 },
      { header: "Cơ quan nhập số liệu", width: 40 },
    ],
    report.indicators.map((i) => [
      i.name,
      i.target,
      // A ratio's result in its unit (62,1 — "%"), the same as a fraction in "Tỷ lệ", with the sums it is made of.
      i.value,
      i.valueUnit === "percent" && i.value !== null ? i.value / 100 : null,
      i.termTotals?.numerator ?? null,
      i.termTotals?.denominator ?? null,
      i.valueUnit === "percent" ? "%" : (unitWords[i.valueUnit] ?? i.valueUnit),
      i.period ? describePeriod(i.period) : null,
      asDate(i.asOf),
      i.previous ? describePeriod(i.previous.period) : null,
      i.previous?.value ?? null,
      i.growth === null ? null : i.growth / 100,
      i.completeness?.reported ?? null,
      i.completeness?.expected ?? null,
      stateWords(i),
      i.sources.join("; "),
    ]),
  );
  addSheet(
    "Gửi báo cáo",
    [
      { header: "Cơ quan", width: 50 },
      { header: "Hạn gửi", width: 14, format: dateFormat },
      { header: "Tình hình", width: 44 },
      { header: "Số ngày muộn", width: 14 },
      { header: "Mã cơ quan", width: 14, hidden: true },
    ],
    report.timeliness.map((t) => [t.agencyName, asDate(t.dueDate), t.label, t.daysLate, t.agency]),
  );
  addSheet(
    "Nhiệm vụ quá hạn",
    [
      { header: "Văn bản", width: 24 },
      { header: "Mục", width: 36 },
      { header: "Cơ quan chủ trì", width: 60 },
      { header: "Mã mục", width: 14, hidden: true },
      { header: "Mã cơ quan", width: 20, hidden: true },
    ],
    report.overdueTasks.map((t) => [t.document, t.refText, t.leadNames.join(", "), t.ref, t.leads.join(", ")]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
