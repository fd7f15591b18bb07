import { catalogDocuments, checkCatalogDocument, sourceText } from "@pcmt/catalog";
import { CatalogDocument, CatalogIndicator, type CatalogIndicator as Indicator } from "@pcmt/domain";
import { describe, expect, it } from "vitest";
import { draftDocument } from "../draft/draftDocument";
import { readTargets } from "../targets/readTargets";
import { communesTotal, type KnownDataElement, normalisedName, proposeDataElements } from "./proposeDataElements";

/** An indicator as the drafter makes it: its words, and the figure readTargets reads in them. */
function indicator(text: string, ref = "§1", agency: Indicator["agency"] = "police"): Indicator {
  const [target] = readTargets(text);
  if (!target) throw new Error(`no target in «${text}»`);
  return CatalogIndicator.parse({
    ref,
    code: `target_${ref.slice(1).replace(/[^a-z0-9]/gi, "_")}`,
    name: text,
    text,
    agency,
    unit: target.unit,
    comparator: target.comparator,
    target: target.target,
    baseline: target.baseline,
    due: null,
    aggregation: target.unit === "percent" && target.baseline === null ? "ratio" : "sum",
    numerator: null,
    denominator: null,
    element: null,
  });
}

const elementOf = (proposal: ReturnType<typeof proposeDataElements>, code: string | null) =>
  proposal.dataElements.find((d) => d.code === code);

describe("proposeDataElements", () => {
  it("gives a ratio target a numerator (the part that is counted) and a denominator (the whole)", () => {
    const rate = indicator("Tỷ lệ người nghiện được điều trị đạt trên 80%");
    const share = indicator(
      "Trên 80% số người nghiện có hồ sơ quản lý được tiếp cận dịch vụ điều trị, cai nghiện ma túy",
      "§2",
    );
    const proposal = proposeDataElements([rate, share]);
    const [first, second] = proposal.indicators;
    expect(first).toMatchObject({ ref: "§1", aggregation: "ratio", element: null });
    expect(elementOf(proposal, first!.numerator)).toMatchObject({
      name: "Số người nghiện được điều trị",
      unit: "person",
      agency: "police",
    });
    expect(elementOf(proposal, first!.denominator)).toMatchObject({ name: "Số người nghiện", unit: "person" });
    expect(elementOf(proposal, second!.denominator)?.name).toBe("Số người nghiện có hồ sơ quản lý");
    expect(elementOf(proposal, second!.numerator)?.name).toBe(
      "Số người nghiện có hồ sơ quản lý được tiếp cận dịch vụ điều trị, cai nghiện ma túy",
    );
    // Every element's text is the indicator's own words, and each proposal is a point the reviewer confirms.
    for (const p of proposal.proposals) {
      const text = [rate, share].find((i) => i.ref === p.indicatorRef)!.text;
      expect(elementOf(proposal, p.code)!.text).toBe(text.slice(p.start, p.end));
      expect(p.message).toMatch(/^Đề xuất phần tử dữ liệu “.+” \(mới: “[a-z_0-9]+”\) làm (tử|mẫu) số cho chỉ tiêu §/);
    }
    expect(proposal.proposals.map((p) => p.role)).toEqual(["numerator", "denominator", "numerator", "denominator"]);
  });

  it("reads the action stated before the figure as what the counted part has undergone", () => {
    const proposal = proposeDataElements([indicator("Kiểm soát chặt chẽ 100% các loại tiền chất, thuốc gây nghiện")]);
    const measure = proposal.indicators[0]!;
    expect(elementOf(proposal, measure.denominator)?.name).toBe("Số loại tiền chất, thuốc gây nghiện");
    expect(elementOf(proposal, measure.numerator)?.name).toBe(
      "Số loại tiền chất, thuốc gây nghiện được kiểm soát chặt chẽ",
    );
  });

  it("measures a share of communes against the province's communes (communes_total)", () => {
    const targets = [
      indicator("Đến hết năm 2026, trên 30% số xã, phường đạt tiêu chí không ma túy", "§1", null),
      indicator("tuyên truyền tại 100% xã, phường, thị trấn trên địa bàn tỉnh", "§2", "information"),
      indicator("100% đơn vị cấp xã không có ma túy", "§3", "local_government"),
    ];
    const proposal = proposeDataElements(targets);
    expect(proposal.indicators.map((m) => m.denominator)).toEqual([
      communesTotal.code,
      communesTotal.code,
      communesTotal.code,
    ]);
    expect(proposal.dataElements.filter((d) => d.code === communesTotal.code)).toHaveLength(1);
    expect(elementOf(proposal, communesTotal.code)).toMatchObject({
      name: "Tổng số xã, phường, đặc khu",
      unit: "commune",
    });
    const reason = proposal.proposals.find((p) => p.role === "denominator")!.reason;
    expect(reason).toMatch(/communes_total/);
    expect(reason).toMatch(/danh mục địa bàn/);
    expect(elementOf(proposal, proposal.indicators[0]!.numerator)).toMatchObject({
      name: "Số xã, phường đạt tiêu chí không ma túy",
      unit: "commune",
    });
    expect(elementOf(proposal, proposal.indicators[1]!.numerator)?.name).toBe(
      "Số xã, phường, thị trấn trên địa bàn tỉnh được tuyên truyền",
    );
  });

  it("does not take a whole that only names the commune level for the communes", () => {
    const proposal = proposeDataElements([
      indicator("đảm bảo 100% cơ sở y tế cấp xã đủ điều kiện xác định tình trạng nghiện", "§1", "health"),
    ]);
    const measure = proposal.indicators[0]!;
    expect(measure.denominator).not.toBe(communesTotal.code);
    expect(elementOf(proposal, measure.denominator)).toMatchObject({ name: "Số cơ sở y tế cấp xã", unit: "facility" });
  });

  it("reuses a known element of the same meaning — name folded, stop words out — and the same unit", () => {
    const known: KnownDataElement[] = [
      {
        code: "drug_cases_total",
        name: "Tổng số vụ án ma tuý",
        unit: "case",
        agency: "court",
        aggregation: "sum",
        documentSlug: "kh-a",
      },
      {
        code: "hotspots_eliminated",
        name: "Số điểm phức tạp về ma túy được triệt xóa",
        unit: "location",
        agency: "police",
        aggregation: "sum",
      },
    ];
    const targets = [
      indicator("trên 90% số vụ án ma túy được giải quyết, xét xử", "§1", "procuracy"),
      indicator("Số điểm phức tạp về ma túy được triệt xóa tăng từ 5% so với năm trước", "§2"),
    ];
    const proposal = proposeDataElements(targets, known);
    const [ratio, growth] = proposal.indicators;
    expect(ratio!.denominator).toBe("drug_cases_total");
    // Reused with the catalog's name, unit and agency; the words stay this document's.
    expect(elementOf(proposal, "drug_cases_total")).toMatchObject({
      name: "Tổng số vụ án ma tuý",
      unit: "case",
      agency: "court",
      text: "vụ án ma túy",
    });
    expect(ratio!.numerator).not.toBe("drug_cases_total");
    expect(growth!.element).toBe("hotspots_eliminated");
    const reused = proposal.proposals.find((p) => p.code === "drug_cases_total")!;
    expect(reused.reusedFrom?.code).toBe("drug_cases_total");
    expect(reused.message).toMatch(/dùng lại “drug_cases_total” của văn bản kh-a/);
    expect(normalisedName("Tổng số vụ án ma tuý")).toBe(normalisedName("số vụ án ma túy"));
  });

  it("does not reuse a known element whose unit differs, and says so", () => {
    const known: KnownDataElement[] = [
      { code: "drug_cases_total", name: "Số vụ án ma túy", unit: "count", agency: "court", aggregation: "sum" },
    ];
    const proposal = proposeDataElements([indicator("trên 90% số vụ án ma túy được giải quyết, xét xử")], known);
    const denominator = proposal.indicators[0]!.denominator!;
    expect(denominator).not.toBe("drug_cases_total");
    expect(elementOf(proposal, denominator)).toMatchObject({ name: "Số vụ án ma túy", unit: "case" });
    const point = proposal.proposals.find((p) => p.code === denominator)!;
    expect(point.reusedFrom).toBeNull();
    expect(point.reason).toMatch(/drug_cases_total.*đơn vị khác/);
  });

  it("gives a count or growth target the element it counts, summed", () => {
    const targets = [
      indicator("không để phát sinh điểm, tụ điểm chứa chấp ma túy", "§1"),
      indicator("tăng 5% số vụ mua bán trái phép chất ma túy bị phát hiện so với năm trước", "§2"),
      indicator("giảm số người sử dụng trái phép chất ma túy", "§3", "local_government"),
      indicator("không để xảy ra oan sai", "§4", "court"),
    ];
    const proposal = proposeDataElements(targets);
    for (const m of proposal.indicators)
      expect(m).toMatchObject({ aggregation: "sum", numerator: null, denominator: null });
    const names = proposal.indicators.map((m) => elementOf(proposal, m.element));
    expect(names.map((e) => [e?.name, e?.unit])).toEqual([
      ["Số điểm, tụ điểm chứa chấp ma túy phát sinh mới", "location"],
      ["Số vụ mua bán trái phép chất ma túy bị phát hiện", "case"],
      ["Số người sử dụng trái phép chất ma túy", "person"],
      ["Số vụ oan sai", "case"],
    ]);
    expect(names[2]?.agency).toBe("local_government");
    expect(proposal.proposals.every((p) => p.role === "element" && /làm số liệu đo/.test(p.message))).toBe(true);
  });

  it("counts what a minimum or a transformation target names, and measures keeping the recognised on them", () => {
    const targets = [
      indicator("bảo đảm mỗi xã có ít nhất 01 mô hình tự quản về an ninh trật tự", "§1", "local_government"),
      indicator("trong năm 2026 đưa 03 địa bàn trọng điểm về ma túy vào diện chuyển hóa", "§2"),
      indicator("duy trì các giải pháp “giữ vững” đối với các xã đã được công nhận không có ma túy", "§3", null),
    ];
    const proposal = proposeDataElements(targets);
    const [model, transformed, kept] = proposal.indicators;
    expect(elementOf(proposal, model!.element)).toMatchObject({
      name: "Số mô hình tự quản về an ninh trật tự",
      aggregation: "latest",
    });
    expect(elementOf(proposal, transformed!.element)).toMatchObject({
      name: "Số địa bàn được đưa vào diện chuyển hóa",
      unit: "location",
      aggregation: "sum",
    });
    expect(kept).toMatchObject({ aggregation: "ratio", element: null });
    expect(elementOf(proposal, kept!.denominator)).toMatchObject({
      name: "Số xã đã được công nhận không có ma túy",
      unit: "commune",
    });
    expect(kept!.denominator).not.toBe(communesTotal.code);
    expect(elementOf(proposal, kept!.numerator)?.name).toBe("Số xã đã được công nhận không có ma túy giữ vững được");
    for (const p of proposal.proposals) {
      const text = targets.find((i) => i.ref === p.indicatorRef)!.text;
      expect(elementOf(proposal, p.code)!.text).toBe(text.slice(p.start, p.end));
    }
  });

  it("keeps codes unique: one element per meaning, new codes clear of each other and of the known ones", () => {
    const known: KnownDataElement[] = [
      // Not the same meaning as the target below, though its code is what that target's name would give.
      {
        code: "nguoi_nghien_ma_tuy",
        name: "Số người nghiện ma túy nữ",
        unit: "person",
        agency: null,
        aggregation: "latest",
      },
    ];
    const targets = [
      indicator("không để phát sinh người nghiện ma túy", "§1"),
      indicator("giảm số người nghiện ma túy", "§2"),
      indicator("giữ vững số người nghiện ma túy", "§3"),
      indicator("Không để phát sinh người nghiện ma túy", "§4"),
      indicator("trên 50% số người nghiện ma túy được cai nghiện", "§5"),
      indicator("trên 60% số người nghiện ma túy được cai nghiện tại gia đình", "§6"),
    ];
    const proposal = proposeDataElements(targets, known);
    const codes = proposal.dataElements.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(codes).not.toContain("nguoi_nghien_ma_tuy");
    const m = proposal.indicators;
    // "giảm số …" and "giữ vững số …" count the same people; §1 and §4 the same new ones; §5's and §6's wholes too.
    expect(m[1]!.element).toBe(m[2]!.element);
    expect(m[0]!.element).toBe(m[3]!.element);
    expect(m[0]!.element).not.toBe(m[1]!.element);
    expect(m[4]!.denominator).toBe(m[1]!.element);
    expect(m[5]!.denominator).toBe(m[4]!.denominator);
    expect(m[4]!.numerator).not.toBe(m[5]!.numerator);
    expect(proposal.proposals.find((p) => p.indicatorRef === "§4")?.sharedWith).toBe("§1");
  });
});

describe("draftDocument proposes the data elements of a source document's targets", () => {
  const curated = catalogDocuments.find((d) => d.slug === "kh-ctpcmt-2021-2025-thai-nguyen")!;
  const source = sourceText(curated);
  const knownElements: KnownDataElement[] = catalogDocuments.flatMap((d) =>
    d.dataElements.map((e) => ({ ...e, documentSlug: d.slug })),
  );
  const draft = draftDocument(source, { sourceFile: curated.sourceFile, knownElements });
  const fresh = draftDocument(source, { sourceFile: curated.sourceFile });
  const knownCodes = new Set(knownElements.map((k) => k.code));
  const measuredBy = (doc: CatalogDocument) =>
    doc.indicators.flatMap((i) => [i.numerator, i.denominator, i.element]).filter((c): c is string => c !== null);

  it("fills every indicator's elements and stays a valid catalog document", () => {
    expect(draft.document.dataElements.length).toBeGreaterThan(10);
    for (const i of draft.document.indicators)
      expect(i.aggregation === "ratio" ? i.numerator && i.denominator : i.element).toBeTruthy();
    expect(() => CatalogDocument.parse(draft.document)).not.toThrow();
    expect(checkCatalogDocument(draft.document, source).errors).toEqual([]);
    expect(checkCatalogDocument(fresh.document, source).errors).toEqual([]);
  });

  it("reuses the curated catalog's elements where they mean the same", () => {
    const reused = new Set(measuredBy(draft.document).filter((c) => knownCodes.has(c)));
    expect(reused.size).toBeGreaterThanOrEqual(8);
    for (const code of ["drug_crime_cases_detected", "drug_cases_total", "hotspots_eliminated", "media_items"])
      expect(reused).toContain(code);
    const tried = draft.document.indicators.find((i) => /vụ án ma túy được giải quyết/.test(i.text))!;
    expect(tried).toMatchObject({
      aggregation: "ratio",
      numerator: "drug_cases_tried",
      denominator: "drug_cases_total",
    });
    // Without the catalog, nothing is reused: the codes are the draft's own.
    expect(measuredBy(fresh.document).filter((c) => knownCodes.has(c) && c !== communesTotal.code)).toEqual([]);
  });

  it("asks the reviewer to confirm each element, with its words in the source", () => {
    const points = draft.review.filter((r) => r.item === "dataElement");
    expect(points.length).toBeGreaterThanOrEqual(draft.document.indicators.length);
    expect(
      points.some((p) => /dùng lại “drug_cases_total” của văn bản kh-ctpcmt-2021-2025-thai-nguyen/.test(p.message)),
    ).toBe(true);
    for (const p of points) expect(source.slice(p.source!.start, p.source!.end)).toBe(p.source!.quote);
    const evidence = draft.evidence.filter((e) => e.item === "dataElement");
    expect(evidence.map((e) => e.ref).sort()).toEqual(draft.document.dataElements.map((d) => d.code).sort());
    for (const e of evidence) expect(source.slice(e.source.start, e.source.end)).toBe(e.source.quote);
  });
});

describe("proposeDataElements: the whole of a share ends at its predicate", () => {
  it("“100% cơ sở giáo dục trung học tổ chức ít nhất 01 buổi …” counts the schools that do it over all of them", () => {
    const proposal = proposeDataElements([
      indicator("Phấn đấu 100% cơ sở giáo dục trung học tổ chức ít nhất 01 buổi ngoại khóa về phòng, chống ma túy"),
    ]);
    const [measure] = proposal.indicators;
    expect(measure?.aggregation).toBe("ratio");
    expect(elementOf(proposal, measure!.denominator)?.name).toBe("Số cơ sở giáo dục trung học");
    expect(elementOf(proposal, measure!.numerator)?.name).toBe(
      "Số cơ sở giáo dục trung học tổ chức ít nhất 01 buổi ngoại khóa về phòng, chống ma túy",
    );
  });
});
