import type { AgencyCode, CatalogDocument } from "@pcmt/domain";

/** A group of measures around one whole (a denominator) and its parts (numerators), owned by one agency. */
interface MeasureGroup {
  agency: AgencyCode;
  section: string;
  whole: { code: string; name: string; unit: string };
  parts: { code: string; name: string; target: number }[];
  coordinating: AgencyCode[];
}

/**
 * Ten groups, forty ratio indicators over fifty data elements: the kinds of figures the source documents ask for
 * (people under management, Methadone, commune health stations, schools, precursor firms, crop areas, communes
 * free of drugs), enough of them to load the console as a real national deployment would.
 */
export const measureGroups: MeasureGroup[] = [
  {
    agency: "police",
    section: "Quản lý người sử dụng trái phép chất ma túy",
    whole: {
      code: "drug_users_registered",
      name: "Người sử dụng trái phép chất ma túy có hồ sơ quản lý",
      unit: "person",
    },
    coordinating: ["local_government", "health"],
    parts: [
      {
        code: "drug_users_managed",
        name: "Người sử dụng trái phép chất ma túy được quản lý tại cộng đồng",
        target: 90,
      },
      { code: "drug_users_tested", name: "Người sử dụng trái phép chất ma túy được xét nghiệm định kỳ", target: 80 },
      { code: "drug_users_counselled", name: "Người sử dụng trái phép chất ma túy được tư vấn, hỗ trợ", target: 70 },
      { code: "drug_users_mentored", name: "Người sử dụng trái phép chất ma túy có người giúp đỡ", target: 85 },
    ],
  },
  {
    agency: "police",
    section: "Cai nghiện ma túy",
    whole: { code: "addicts_registered", name: "Người nghiện ma túy có hồ sơ quản lý", unit: "person" },
    coordinating: ["health", "home_affairs"],
    parts: [
      { code: "addicts_in_rehab", name: "Người nghiện ma túy được cai nghiện", target: 60 },
      { code: "addicts_voluntary_rehab", name: "Người nghiện ma túy cai nghiện tự nguyện", target: 30 },
      {
        code: "addicts_compulsory_rehab",
        name: "Người nghiện ma túy được đưa vào cơ sở cai nghiện bắt buộc",
        target: 25,
      },
      { code: "addicts_assessed", name: "Người nghiện ma túy được xác định tình trạng nghiện", target: 95 },
    ],
  },
  {
    agency: "health",
    section: "Điều trị nghiện bằng thuốc thay thế",
    whole: { code: "methadone_eligible", name: "Người nghiện đủ điều kiện điều trị bằng Methadone", unit: "person" },
    coordinating: ["police"],
    parts: [
      { code: "methadone_treated", name: "Người được điều trị bằng Methadone", target: 80 },
      { code: "methadone_retained", name: "Người duy trì điều trị Methadone từ 12 tháng", target: 70 },
      { code: "methadone_hiv_tested", name: "Người điều trị Methadone được xét nghiệm HIV", target: 90 },
      { code: "methadone_counselled", name: "Người điều trị Methadone được tư vấn tâm lý", target: 75 },
    ],
  },
  {
    agency: "health",
    section: "Trạm y tế cấp xã",
    whole: { code: "commune_stations", name: "Trạm y tế cấp xã", unit: "facility" },
    coordinating: ["local_government"],
    parts: [
      { code: "stations_assessing", name: "Trạm y tế cấp xã đủ điều kiện xác định tình trạng nghiện", target: 100 },
      { code: "stations_trained_staff", name: "Trạm y tế cấp xã có cán bộ được tập huấn", target: 90 },
      { code: "stations_reporting", name: "Trạm y tế cấp xã báo cáo đúng hạn", target: 95 },
      {
        code: "stations_community_rehab",
        name: "Trạm y tế cấp xã cung cấp dịch vụ cai nghiện tại cộng đồng",
        target: 50,
      },
    ],
  },
  {
    agency: "labour",
    section: "Quản lý sau cai nghiện",
    whole: { code: "post_rehab_persons", name: "Người sau cai nghiện ma túy", unit: "person" },
    coordinating: ["police", "local_government"],
    parts: [
      { code: "post_rehab_managed", name: "Người sau cai nghiện được quản lý", target: 90 },
      { code: "post_rehab_trained", name: "Người sau cai nghiện được dạy nghề", target: 40 },
      { code: "post_rehab_employed", name: "Người sau cai nghiện có việc làm", target: 50 },
      { code: "post_rehab_no_relapse", name: "Người sau cai nghiện không tái nghiện", target: 70 },
    ],
  },
  {
    agency: "education",
    section: "Phòng, chống ma túy trong trường học",
    whole: { code: "schools", name: "Trường học", unit: "school" },
    coordinating: ["police"],
    parts: [
      { code: "schools_propaganda", name: "Trường học tổ chức tuyên truyền phòng, chống ma túy", target: 100 },
      { code: "schools_drug_free", name: "Trường học không có học sinh liên quan ma túy", target: 98 },
      { code: "schools_counselling", name: "Trường học có phòng tư vấn tâm lý", target: 60 },
      { code: "schools_parent_meetings", name: "Trường học phối hợp với gia đình học sinh", target: 90 },
    ],
  },
  {
    agency: "industry",
    section: "Quản lý tiền chất",
    whole: { code: "precursor_firms", name: "Doanh nghiệp kinh doanh, sử dụng tiền chất", unit: "organization" },
    coordinating: ["customs", "police"],
    parts: [
      { code: "precursor_firms_inspected", name: "Doanh nghiệp tiền chất được kiểm tra", target: 30 },
      { code: "precursor_firms_compliant", name: "Doanh nghiệp tiền chất chấp hành đúng quy định", target: 95 },
      { code: "precursor_firms_trained", name: "Doanh nghiệp tiền chất được tập huấn", target: 60 },
      { code: "precursor_firms_reporting", name: "Doanh nghiệp tiền chất báo cáo định kỳ", target: 85 },
    ],
  },
  {
    agency: "agriculture",
    section: "Phòng, chống trồng cây có chứa chất ma túy",
    whole: { code: "crop_risk_areas", name: "Địa bàn có nguy cơ trồng cây có chứa chất ma túy", unit: "location" },
    coordinating: ["police", "border_guard"],
    parts: [
      { code: "crop_areas_surveyed", name: "Địa bàn nguy cơ được khảo sát", target: 100 },
      { code: "crop_areas_cleared", name: "Địa bàn có cây chứa chất ma túy được phát hiện, triệt phá", target: 100 },
      { code: "crop_areas_no_replant", name: "Địa bàn không tái trồng", target: 95 },
      { code: "crop_areas_alternative", name: "Địa bàn được hỗ trợ chuyển đổi cây trồng", target: 40 },
    ],
  },
  {
    agency: "police",
    section: "Xây dựng xã, phường không ma túy",
    whole: { code: "communes_total", name: "Xã, phường", unit: "commune" },
    coordinating: ["local_government", "fatherland_front"],
    parts: [
      { code: "communes_drug_free", name: "Xã, phường không ma túy", target: 25 },
      { code: "communes_no_hotspot", name: "Xã, phường không có điểm, tụ điểm phức tạp về ma túy", target: 90 },
      { code: "communes_with_model", name: "Xã, phường có mô hình phòng, chống ma túy hiệu quả", target: 60 },
      { code: "communes_with_team", name: "Xã, phường có tổ công tác cai nghiện tại cộng đồng", target: 100 },
    ],
  },
  {
    agency: "culture",
    section: "Tuyên truyền phòng, chống ma túy",
    whole: { code: "propaganda_planned", name: "Buổi tuyên truyền theo kế hoạch", unit: "session" },
    coordinating: ["information", "youth_union"],
    parts: [
      { code: "propaganda_held", name: "Buổi tuyên truyền đã tổ chức", target: 90 },
      { code: "propaganda_youth", name: "Buổi tuyên truyền cho thanh, thiếu niên", target: 40 },
      { code: "propaganda_ethnic", name: "Buổi tuyên truyền bằng tiếng dân tộc", target: 20 },
      { code: "propaganda_online", name: "Buổi tuyên truyền trên không gian mạng", target: 30 },
    ],
  },
];

const roman = ["I", "II", "III", "IV"];

/**
 * The plan of a synthetic province: one "Kế hoạch" with a monthly reporting rule, a task per measure group (lead,
 * coordinating, deadline) and its indicators, plus one one-off task with a deadline. Its source text is written
 * from the same sentences, so every quoted text is found in it, as for a real document.
 */
export function syntheticDocument(
  provinceCode: string,
  provinceName: string,
  issuedOn: string,
): { document: CatalogDocument; sourceText: string } {
  const number = `${Number(provinceCode.replace(/\D/g, "")) + 100}/KH-BCĐ`;
  const reportingText =
    "Các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày 17 hằng tháng về Cơ quan Thường trực Ban Chỉ đạo (qua Công an tỉnh)";
  const sections: CatalogDocument["sections"] = [
    { ref: "§I", title: `${roman[0]}. MỤC TIÊU, CHỈ TIÊU`, parent: null },
    { ref: "§II", title: `${roman[1]}. NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN`, parent: null },
    ...measureGroups.map((g, i) => ({ ref: `§II.${i + 1}`, title: `${i + 1}. ${g.section}`, parent: "§II" })),
    { ref: "§III", title: `${roman[2]}. TỔ CHỨC THỰC HIỆN`, parent: null },
  ];
  const indicators: CatalogDocument["indicators"] = measureGroups.flatMap((g, gi) =>
    g.parts.map((p, pi) => ({
      ref: `§I.${gi + 1}.${pi + 1}`,
      code: `${p.code}_rate`,
      name: `Tỷ lệ ${p.name.charAt(0).toLowerCase()}${p.name.slice(1)}`,
      text: `tỷ lệ ${p.name.charAt(0).toLowerCase()}${p.name.slice(1)} trên tổng số ${g.whole.name.charAt(0).toLowerCase()}${g.whole.name.slice(1)} đạt từ ${p.target}% trở lên`,
      agency: g.agency,
      unit: "percent",
      comparator: ">=" as const,
      target: p.target,
      baseline: null,
      due: null,
      aggregation: "ratio" as const,
      numerator: p.code,
      denominator: g.whole.code,
      element: null,
      minCompleteness: null,
    })),
  );
  const tasks: CatalogDocument["tasks"] = measureGroups.map((g, gi) => ({
    ref: `§II.${gi + 1}.a`,
    section: `§II.${gi + 1}`,
    text: `Triển khai đồng bộ các giải pháp về ${g.section.charAt(0).toLowerCase()}${g.section.slice(1)} trên địa bàn tỉnh; theo dõi, tổng hợp số liệu hằng tháng theo từng xã, phường.`,
    lead: [g.agency],
    coordinating: g.coordinating,
    deadline: { kind: "continuous" as const },
    deadlineText: null,
    indicators: g.parts.map((_, pi) => `§I.${gi + 1}.${pi + 1}`),
  }));
  tasks.push({
    ref: "§III.1",
    section: "§III",
    text: "Công an tỉnh chủ trì tham mưu sơ kết việc thực hiện Kế hoạch, báo cáo Ban Chỉ đạo trước ngày 30/6/2026.",
    lead: ["police"],
    coordinating: ["all_departments"],
    deadline: { kind: "fixed", date: "2026-06-30", before: true },
    deadlineText: "trước ngày 30/6/2026",
    indicators: [],
  });
  const dataElements: CatalogDocument["dataElements"] = measureGroups.flatMap((g) =>
    [g.whole, ...g.parts.map((p) => ({ ...p, unit: g.whole.unit }))].map((e) => ({
      code: e.code,
      name: e.name,
      text: `số ${e.name.charAt(0).toLowerCase()}${e.name.slice(1)}`,
      agency: g.agency,
      unit: e.unit,
      aggregation: "sum" as const,
    })),
  );
  const document: CatalogDocument = {
    slug: `kh-mo-phong-${provinceCode.replace(/_/g, "-")}`,
    sourceFile: `synthetic/${provinceCode}.txt`,
    number,
    kind: "ke_hoach",
    issuer: `Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc ${provinceName}`,
    province: provinceName,
    issuedOn,
    title: `Kế hoạch thực hiện công tác phòng, chống và kiểm soát ma túy trên địa bàn ${provinceName} (dữ liệu mô phỏng)`,
    covers: { from: issuedOn, until: null },
    replacedBy: null,
    reporting: {
      text: reportingText,
      rule: {
        kind: "recurring",
        frequency: "monthly",
        dueDay: 17,
        before: true,
        dueOffsetMonths: 0,
        from: issuedOn,
        until: null,
      },
    },
    sections,
    tasks,
    generalTasks: [],
    indicators,
    dataElements,
    facts: [],
  };
  const lines = [
    document.issuer.toUpperCase(),
    `Số: ${number}`,
    "KẾ HOẠCH",
    document.title,
    sections[0]!.title,
    ...indicators.map((i) => `- Phấn đấu ${i.text}.`),
    ...dataElements.map((d) => `- Theo dõi ${d.text}.`),
    sections[1]!.title,
    ...measureGroups.flatMap((g, gi) => [`${gi + 1}. ${g.section}`, tasks[gi]!.text]),
    sections.at(-1)!.title,
    tasks.at(-1)!.text,
    `${reportingText}.`,
  ];
  return { document, sourceText: lines.join("\n") };
}
