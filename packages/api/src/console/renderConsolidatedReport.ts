import { indicatorStateLabels, timelinessLabels } from "@pcmt/domain";
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
const number = (value: number | null, unit: string) => (value === null ? "Chưa có số liệu" : `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(value)}${unit === "percent" ? "%" : ""}`);

const text = (content: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({ text: content, font, size: (options.size ?? 14) * 2, bold: options.bold, italics: options.italics, underline: options.underline ? { type: UnderlineType.SINGLE } : undefined });
const para = (runs: TextRun[] | string, options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number; after?: number; indent?: boolean } = {}) =>
  new Paragraph({
    children: typeof runs === "string" ? [text(runs)] : runs,
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: options.before ?? 0, after: options.after ?? 80, line: 300 },
    indent: options.indent ? { firstLine: mm(10) } : undefined,
  });
const heading = (content: string) => para([text(content, { bold: true })], { before: 160, indent: true });

function gridTable(header: string[], rows: string[][], widths: number[]): Table {
  const cell = (content: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [text(content, { bold, size: 12 })], alignment: AlignmentType.LEFT })], margins: { top: 40, bottom: 40, left: 80, right: 80 } });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map(mm),
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
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
              para([text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 13 })], { align: AlignmentType.CENTER, after: 0 }),
              para([text("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true })], { align: AlignmentType.CENTER, after: 120 }),
              para([text(`${report.provinceName}, ngày ${Number(day)} tháng ${Number(month)} năm ${year}`, { italics: true })], { align: AlignmentType.CENTER }),
            ],
          }),
        ],
      }),
    ],
  });

  const totals = report.documents.reduce((a, d) => ({ total: a.total + d.total, done: a.done + d.done, overdue: a.overdue + d.overdue }), { total: 0, done: 0, overdue: 0 });
  const late = report.timeliness.filter((t) => t.timeliness !== "on_time");
  const body = [
    header,
    para([text("BÁO CÁO", { bold: true })], { align: AlignmentType.CENTER, before: 240, after: 0 }),
    para([text(`Kết quả công tác phòng, chống ma túy ${report.periodLabel.toLowerCase()}`, { bold: true })], { align: AlignmentType.CENTER, after: 240 }),
    heading("I. KẾT QUẢ THỰC HIỆN"),
    para(`Các văn bản chỉ đạo của tỉnh giao ${totals.total} nhiệm vụ; đã hoàn thành ${totals.done}, quá hạn chưa hoàn thành ${totals.overdue}.`, { indent: true }),
    ...report.documents.map((d) =>
      para(`- ${d.number ?? d.title}: ${d.total} nhiệm vụ, hoàn thành ${d.done}, đang thực hiện ${d.in_progress}, chưa thực hiện ${d.not_started}, quá hạn ${d.overdue}.`, { indent: true }),
    ),
    para([text("Bảng 1. Kết quả thực hiện các chỉ tiêu", { italics: true })], { align: AlignmentType.CENTER, before: 120 }),
    gridTable(
      ["Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá"],
      report.indicators.map((i) => [i.name, i.target, number(i.value, i.unit), indicatorStateLabels[i.state]]),
      [70, 35, 25, 30],
    ),
    heading("II. HẠN CHẾ, NGUYÊN NHÂN"),
    para(
      report.overdueTasks.length > 0
        ? `Còn ${report.overdueTasks.length} nhiệm vụ quá hạn chưa hoàn thành: ${report.overdueTasks.slice(0, 15).map((t) => `${t.document} ${t.ref}`).join("; ")}${report.overdueTasks.length > 15 ? "; …" : ""}.`
        : "Không có nhiệm vụ quá hạn.",
      { indent: true },
    ),
    para(
      report.timeliness.length === 0
        ? `Kỳ ${report.periodLabel.toLowerCase()} không có báo cáo định kỳ phải gửi theo các văn bản của tỉnh.`
        : late.length > 0
          ? `${late.length}/${report.timeliness.length} cơ quan gửi báo cáo muộn hoặc chưa gửi báo cáo ${report.periodLabel.toLowerCase()}: ${late.map((t) => t.agencyName).join(", ")}.`
          : `Các cơ quan gửi báo cáo ${report.periodLabel.toLowerCase()} đúng hạn.`,
      { indent: true },
    ),
    para([text("Bảng 2. Tình hình gửi báo cáo", { italics: true })], { align: AlignmentType.CENTER, before: 120 }),
    gridTable(
      ["Cơ quan", "Hạn gửi", "Thời hạn", "Số ngày muộn"],
      report.timeliness.map((t) => [t.agencyName, t.dueDate.split("-").reverse().join("/"), timelinessLabels[t.timeliness], String(t.daysLate)]),
      [70, 30, 30, 30],
    ),
    heading("III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"),
    para("Tập trung hoàn thành các nhiệm vụ quá hạn nêu tại mục II; các cơ quan chưa gửi báo cáo khẩn trương gửi về Cơ quan thường trực (Công an tỉnh); tiếp tục thực hiện các chỉ tiêu chưa đạt.", { indent: true }),
    heading("IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    para("Đề nghị Ban Chỉ đạo chỉ đạo các cơ quan, đơn vị chưa hoàn thành nhiệm vụ, chưa gửi báo cáo đúng hạn khắc phục ngay.", { indent: true }),
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
                para([text("Nơi nhận:", { bold: true, italics: true, size: 12 })], { align: AlignmentType.LEFT, before: 240, after: 0 }),
                para([text("- BCĐ 138 Chính phủ;", { size: 11 })], { align: AlignmentType.LEFT, after: 0 }),
                para([text("- Thường trực Tỉnh ủy, HĐND, UBND tỉnh;", { size: 11 })], { align: AlignmentType.LEFT, after: 0 }),
                para([text("- Các thành viên BCĐ 138 tỉnh;", { size: 11 })], { align: AlignmentType.LEFT, after: 0 }),
                para([text("- Lưu: VT.", { size: 11 })], { align: AlignmentType.LEFT, after: 0 }),
              ],
            }),
            new TableCell({
              borders: noBorders,
              children: [
                para([text("TM. BAN CHỈ ĐẠO", { bold: true, size: 13 })], { align: AlignmentType.CENTER, before: 240, after: 0 }),
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
    sections: [{ properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } } }, children: body }],
  });
  return Packer.toBuffer(document);
}

/** The same figures as a workbook: one sheet per table. */
export async function renderConsolidatedXlsx(report: ConsolidatedReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PCMT";
  const addSheet = (name: string, header: string[], rows: (string | number | null)[][]) => {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([`${report.provinceName} — ${report.periodLabel}`]).font = { bold: true };
    sheet.addRow(header).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    sheet.columns.forEach((c, i) => (c.width = i === 0 ? 60 : 20));
  };
  addSheet(
    "Văn bản",
    ["Văn bản", "Tổng số nhiệm vụ", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Quá hạn"],
    report.documents.map((d) => [d.number ?? d.title, d.total, d.done, d.in_progress, d.not_started, d.overdue]),
  );
  addSheet("Chỉ tiêu", ["Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá"], report.indicators.map((i) => [i.name, i.target, i.value, indicatorStateLabels[i.state]]));
  addSheet("Gửi báo cáo", ["Cơ quan", "Hạn gửi", "Thời hạn", "Số ngày muộn"], report.timeliness.map((t) => [t.agencyName, t.dueDate, timelinessLabels[t.timeliness], t.daysLate]));
  addSheet("Nhiệm vụ quá hạn", ["Văn bản", "Mục", "Cơ quan chủ trì"], report.overdueTasks.map((t) => [t.document, t.ref, t.leads.join(", ")]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
