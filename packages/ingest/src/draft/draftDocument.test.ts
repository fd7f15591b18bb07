import { describe, expect, it } from "vitest";
import { draftDocument } from "./draftDocument";

// A plan none of the curated sources is: another province, after the 2025 reform, mixed ways of naming the lead.
const plan = `UBND TỈNH LÂM ĐỒNG

Số: 12/KH-UBND

Lâm Đồng, ngày 10 tháng 01 năm 2026

KẾ HOẠCH
Phòng, chống ma túy năm 2026

I. MỤC TIÊU

- Đến hết năm 2026, trên 30% số xã, phường đạt tiêu chí không ma túy.

II. NHIỆM VỤ

1. Công tác phòng ngừa

a) Rà soát, thống kê người sử dụng trái phép chất ma túy tại cộng đồng. (Công an tỉnh chủ trì, phối hợp UBND các xã, phường thực hiện).

b) Tổ chức điều trị nghiện bằng thuốc thay thế; báo cáo kết quả trước ngày 20/5/2026. (Sở Y tế chủ trì, phối hợp Sở Nông nghiệp và Môi trường).

2. Sở Giáo dục và Đào tạo

- Tuyên truyền phòng, chống ma túy tại 100% trường học.

- Phối hợp với Tỉnh đoàn tổ chức ngoại khóa hằng năm.

3. Tăng cường kiểm tra các cơ sở kinh doanh dịch vụ nhạy cảm.

4. Phát huy vai trò của Mặt trận Tổ quốc trong vận động người nghiện tự nguyện cai nghiện.

5. Công tác phối hợp ở biên giới

a) Tuần tra, kiểm soát các đường mòn, lối mở khu vực biên giới.

b) Kiểm tra hàng hóa xuất nhập khẩu qua cửa khẩu.

(Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Chi cục Hải quan khu vực triển khai thực hiện).

III. TỔ CHỨC THỰC HIỆN

Các sở, ngành định kỳ 06 tháng, 01 năm báo cáo kết quả về Công an tỉnh (cơ quan thường trực).

Nơi nhận:
- Bộ Công an;
- Sở Y tế;
- Lưu: VT.
`;

describe("draftDocument on a plan it has never seen", () => {
  const draft = draftDocument(plan, { sourceFile: "kh-12-lam-dong.txt" });
  const task = (ref: string) => draft.document.tasks.find((t) => t.ref === ref);

  it("reads the header", () => {
    expect(draft.document).toMatchObject({
      number: "12/KH-UBND",
      kind: "ke_hoach",
      issuer: "UBND TỈNH LÂM ĐỒNG",
      province: "Lâm Đồng",
      issuedOn: "2026-01-10",
      title: "Phòng, chống ma túy năm 2026",
      covers: { from: "2026-01-01", until: "2026-12-31" },
    });
  });

  it("finds every task with its lead and coordinators, by parenthesis, by agency heading", () => {
    expect(task("§II.1.a")).toMatchObject({ lead: ["police"], coordinating: ["local_government"] });
    expect(task("§II.1.b")).toMatchObject({
      lead: ["health"],
      coordinating: ["agriculture"],
      deadline: { kind: "fixed", date: "2026-05-20", before: true },
      deadlineText: "trước ngày 20/5/2026",
    });
    expect(task("§II.2-1")).toMatchObject({ lead: ["education"], coordinating: [] });
    expect(task("§II.2-2")).toMatchObject({
      lead: ["education"],
      coordinating: ["youth_union"],
      deadline: { kind: "recurring", frequency: "yearly" },
    });
    expect(draft.document.sections.map((s) => s.ref)).toEqual(["§I", "§II", "§II.1", "§II.2", "§II.5", "§III"]);
  });

  it("keeps objectives as general tasks and reads their targets", () => {
    expect(draft.document.generalTasks.map((g) => g.ref)).toContain("§I-1");
    expect(draft.document.indicators.find((i) => i.ref === "§I-1")).toMatchObject({
      comparator: ">",
      target: 30,
      unit: "percent",
      due: "2026",
    });
    expect(draft.document.indicators.find((i) => i.ref === "§II.2-1")).toMatchObject({
      comparator: ">=",
      target: 100,
      agency: "education",
    });
  });

  it("proposes the data elements of each target: a share of communes is measured against communes_total", () => {
    expect(draft.document.indicators.find((i) => i.ref === "§I-1")).toMatchObject({
      aggregation: "ratio",
      denominator: "communes_total",
    });
    const schools = draft.document.indicators.find((i) => i.ref === "§II.2-1")!;
    const element = (code: string | null) => draft.document.dataElements.find((d) => d.code === code);
    expect(element(schools.denominator)).toMatchObject({ name: "Số trường học", unit: "school", agency: "education" });
    expect(element(schools.numerator)?.name).toBe("Số trường học được tuyên truyền phòng, chống ma túy");
    const points = draft.review.filter((r) => r.item === "dataElement" && r.ref === "§I-1");
    expect(points.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Đề xuất phần tử dữ liệu “Số xã, phường đạt tiêu chí không ma túy” \(mới/),
      expect.stringMatching(/“communes_total”, lấy từ danh mục địa bàn\) làm mẫu số cho chỉ tiêu §I-1/),
    ]);
  });

  it("lists what it cannot decide instead of guessing: an item that names nobody", () => {
    expect(task("§II.3")).toBeUndefined();
    expect(draft.document.generalTasks.map((g) => g.ref)).toContain("§II.3");
  });

  it("gives each item of a group the roles of the parenthesis that closes it, and reads nothing after the recipients", () => {
    expect(task("§II.5.a")).toMatchObject({ lead: ["border_guard", "customs"] });
    expect(task("§II.5.b")).toMatchObject({ lead: ["border_guard", "customs"] });
    const afterRecipients = plan.indexOf("Nơi nhận");
    expect(draft.evidence.every((e) => e.source.start < afterRecipients)).toBe(true);
  });

  it("reads a lead from the agencies a sentence names only as a point for the reviewer, with low confidence", () => {
    expect(task("§II.4")?.lead).toEqual(["fatherland_front"]);
    expect(draft.evidence.find((e) => e.item === "task" && e.ref === "§II.4")?.confidence).toBe("low");
    expect(draft.review.find((r) => r.ref === "§II.4")?.message).toMatch(/không nói rõ ai chủ trì/);
    expect(draft.evidence.find((e) => e.item === "task" && e.ref === "§II.1.a")?.confidence).toBe("high");
  });

  it("reads the reporting clause", () => {
    expect(draft.document.reporting?.text).toBe(
      "Các sở, ngành định kỳ 06 tháng, 01 năm báo cáo kết quả về Công an tỉnh (cơ quan thường trực)",
    );
    expect(draft.document.reporting?.rule.kind).toBe("all");
  });

  it("quotes every item verbatim with its offsets", () => {
    expect(draft.evidence.length).toBeGreaterThan(10);
    for (const e of draft.evidence) expect(plan.slice(e.source.start, e.source.end)).toBe(e.source.quote);
    for (const t of draft.document.tasks) expect(plan).toContain(t.text);
  });
});

// A notice of conclusions none of the curated sources is (another province, after the 2025 reform): each numbered
// item opens with its agencies in bold and may run on in paragraphs; a closing formula before the signature.
const notice = `UBND TỈNH SƠN LA

Số: 88/TB-UBND

Sơn La, ngày 15 tháng 8 năm 2025

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại hội nghị giao ban công tác phòng, chống ma túy 6 tháng đầu năm 2025

Để thực hiện tốt các nhiệm vụ còn lại của năm 2025, Chủ tịch UBND tỉnh yêu cầu:

**1. Công an tỉnh** chủ động nắm tình hình, đấu tranh với các đường dây mua bán ma túy qua biên giới; bảo đảm công tác phối hợp được thường xuyên, liên tục.

Phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Cục Hải quan tỉnh kiểm soát các lối mở, đường mòn; báo cáo Chủ tịch UBND tỉnh kết quả trước ngày 30/11/2025.

**2. Sở Y tế; Sở Nông nghiệp và Môi trường** tiếp tục rà soát các cơ sở điều trị nghiện; tham mưu bố trí kinh phí thực hiện Chương trình phòng, chống ma túy trong thanh thiếu niên đến năm 2030.

**3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh** vận động Nhân dân cung cấp thông tin cho lực lượng Công an về tội phạm ma túy.

Trên đây là kết luận của Chủ tịch UBND tỉnh, yêu cầu các cơ quan, đơn vị, địa phương có liên quan tổ chức thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
`;

// A resolution's solution group titled by a long single phrase, its paragraphs each naming who acts.
const resolution = `NGHỊ QUYẾT
về phòng, chống ma túy trên địa bàn tỉnh Điện Biên đến năm 2030

III. NHIỆM VỤ VÀ GIẢI PHÁP

1. Nâng cao vai trò, trách nhiệm của cấp ủy, chính quyền các cấp, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong lãnh đạo, chỉ đạo công tác phòng, chống ma túy, nhất là trách nhiệm của người đứng đầu ở các địa bàn trọng điểm, phức tạp

Cấp ủy, chính quyền các cấp trực tiếp lãnh đạo, chỉ đạo công tác phòng, chống ma túy; hằng năm có kế hoạch cụ thể.

Tăng cường giám sát của Hội đồng nhân dân các cấp, Mặt trận Tổ quốc đối với việc thực hiện chính sách về cai nghiện.

Nơi nhận:
- Lưu: VT.
`;

describe("draftDocument on a notice of conclusions and a resolution it has never seen", () => {
  const draft = draftDocument(notice, { sourceFile: "tb-88-son-la.txt" });
  const task = (ref: string) => draft.document.tasks.find((t) => t.ref === ref);

  it("reads an item opening with its agencies in bold as their heading, each paragraph one of their tasks", () => {
    expect(draft.document.tasks.map((t) => t.ref)).toEqual(["§1-p1", "§1-p2", "§2", "§3"]);
    expect(task("§1-p1")).toMatchObject({ lead: ["police"], coordinating: [], deadline: null });
    expect(task("§1-p1")?.text).toMatch(/^chủ động nắm tình hình/);
    expect(task("§1-p2")).toMatchObject({
      lead: ["police"],
      coordinating: ["border_guard", "customs"],
      deadline: { kind: "fixed", date: "2025-11-30", before: true },
    });
    expect(task("§2")).toMatchObject({ lead: ["health", "agriculture"], deadline: null });
    expect(task("§3")).toMatchObject({ lead: ["fatherland_front"], coordinating: [] });
    expect(draft.document.sections.find((s) => s.ref === "§2")?.title).toBe("2. Sở Y tế; Sở Nông nghiệp và Môi trường");
  });

  it("reads nothing from the closing formula, and quotes every item verbatim", () => {
    const closing = notice.indexOf("Trên đây là");
    expect(draft.evidence.every((e) => e.source.end <= closing)).toBe(true);
    for (const e of draft.evidence) expect(notice.slice(e.source.start, e.source.end)).toBe(e.source.quote);
  });

  it("splits a solution group under a long one-phrase title into its paragraphs, each read on its own", () => {
    const read = draftDocument(resolution, { sourceFile: "nq-dien-bien.txt" });
    expect(read.document.sections.map((s) => s.ref)).toEqual(["§III", "§III.1"]);
    expect(read.document.tasks.map((t) => [t.ref, t.lead])).toEqual([
      ["§III.1-p1", ["party_committees", "local_government"]],
      ["§III.1-p2", ["people_council", "fatherland_front"]],
    ]);
    expect(read.document.tasks[0]!.deadline).toMatchObject({ kind: "recurring", frequency: "yearly" });
  });
});

// A directive that ends the way most do: a closing "Giao …" clause, its entry into force, the signature.
const directive = `ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN

Số: 03/CT-UBND

Thái Nguyên, ngày 10 tháng 02 năm 2026

CHỈ THỊ
Về tăng cường công tác phòng, chống ma túy trong tình hình mới năm 2026

Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, UBND các xã, phường thực hiện tốt các nội dung sau:

1. Công an tỉnh chủ trì, phối hợp Báo và Phát thanh, Truyền hình Thái Nguyên tuyên truyền phòng, chống ma túy.

2. Các cơ quan, đơn vị báo cáo kết quả thực hiện về Công an tỉnh (Cơ quan Thường trực) trước ngày 20 hằng tháng để tổng hợp.

3. Đề nghị Tỉnh đoàn tổ chức các hoạt động hưởng ứng Tháng hành động phòng, chống ma túy trong tháng 6/2026.

Giao Công an tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Chỉ thị này; định kỳ 06 tháng, báo cáo Chủ tịch UBND tỉnh.

Chỉ thị này có hiệu lực kể từ ngày ký.

CHỦ TỊCH

Trịnh Việt Hùng`;

describe("draftDocument: how a directive ends", () => {
  const read = draftDocument(directive, { sourceFile: "ct-03-thai-nguyen.txt" });
  const task = (ref: string) => read.document.tasks.find((t) => t.ref === ref);

  it("ends the last item before the closing clause, the entry into force and the signature", () => {
    expect(task("§3")?.text).toBe(
      "Đề nghị Tỉnh đoàn tổ chức các hoạt động hưởng ứng Tháng hành động phòng, chống ma túy trong tháng 6/2026.",
    );
    expect(task("§p1")).toMatchObject({ lead: ["police"] });
    expect(task("§p1")?.text).toMatch(/^Giao Công an tỉnh theo dõi.*Chủ tịch UBND tỉnh\.$/u);
    const signature = directive.indexOf("Chỉ thị này có hiệu lực");
    expect(read.evidence.every((e) => e.source.end <= signature)).toBe(true);
  });

  it("reads a reporting clause written as an item as the document's reporting, not a task of its recipients", () => {
    expect(task("§2")).toBeUndefined();
    expect(read.document.reporting?.text).toMatch(/^Các cơ quan, đơn vị báo cáo kết quả/u);
    expect(read.document.reporting?.rule).toMatchObject({ kind: "recurring", frequency: "monthly", dueDay: 20 });
  });

  it("starts the directive's time on signing", () => {
    expect(read.document.covers).toEqual({ from: "2026-02-10", until: "2026-12-31" });
  });

  it("reads a press agency named with its province as coordinator", () => {
    expect(task("§1")?.coordinating).toEqual(["press", "broadcaster"]);
  });

  it("says a missing title or province once, in words for the web app", () => {
    const bare = draftDocument("1. Công an tỉnh chủ trì rà soát người nghiện.", { sourceFile: "x.txt" });
    const header = bare.review.filter((r) => r.item === "header").map((r) => r.message);
    expect(header.filter((m) => /trích yếu/u.test(m))).toHaveLength(1);
    expect(header).toContain("không nhận ra tỉnh của văn bản — chọn tỉnh khi nhập");
    expect(header.filter((m) => /tỉnh/u.test(m) && !/trích yếu/u.test(m))).toHaveLength(1);
  });
});

describe("draftDocument: objectives that are targets", () => {
  const objectives = `BAN CHỈ ĐẠO 138 TỈNH QUẢNG TRỊ

Số: 14/KH-BCĐ

Quảng Trị, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Phòng, chống ma túy năm 2026

II. MỤC TIÊU

1. Giảm 10% số người nghiện so với năm 2025.

2. Phấn đấu 100% cơ sở giáo dục trung học tổ chức ít nhất 01 buổi ngoại khóa về phòng, chống ma túy.

III. NHIỆM VỤ

1. Công an tỉnh chủ trì rà soát người nghiện hằng quý.`;
  const read = draftDocument(objectives, { sourceFile: "kh-14-quang-tri.txt" });

  it("keeps an objective that is a target as a general task carrying the target (EXTRACTION.md), never a task, agency empty", () => {
    expect(read.document.tasks.map((t) => t.ref)).toEqual(["§III.1"]);
    expect(read.document.generalTasks.map((g) => g.ref)).toEqual(["§II.1", "§II.2"]);
    expect(read.document.indicators.map((i) => [i.ref, i.agency, i.baseline])).toEqual([
      ["§II.1", null, "previous_year"],
      ["§II.2", null, null],
    ]);
    expect(read.review.some((r) => r.ref === "§II.1" && /so với kỳ nào/u.test(r.message))).toBe(false);
  });
});
