import { describe, expect, it } from "vitest";
import { AgencyGazetteer, agenciesOf } from "./agencyGazetteer";

const gazetteer = new AgencyGazetteer();

describe("AgencyGazetteer", () => {
  it("takes the longest name and gives its place in the text", () => {
    const text = "Đảng ủy Công an tỉnh chỉ đạo lực lượng Công an phối hợp Sở Y tế";
    const found = gazetteer.find(text, 100);
    expect(found.map((m) => [m.agency, m.quote])).toEqual([
      ["police", "Đảng ủy Công an tỉnh"],
      ["police", "lực lượng Công an"],
      ["health", "Sở Y tế"],
    ]);
    expect(found[2]!.start).toBe(100 + text.indexOf("Sở Y tế"));
  });

  it("knows names across the 2025 reform and says which went out of use", () => {
    const found = gazetteer.find(
      "Sở Nông nghiệp và Môi trường, Sở Lao động - Thương binh và Xã hội, UBND các xã, phường",
    );
    expect(agenciesOf(found)).toEqual(["agriculture", "labour", "local_government"]);
    expect(found.find((m) => m.agency === "labour")?.dated).toMatch(/2025-02-28/);
    expect(found.find((m) => m.agency === "agriculture")?.dated).toBeUndefined();
  });

  it("maps a collective name to every member agency, and matches whole words only", () => {
    expect(agenciesOf(gazetteer.find("các sở, ban, ngành, đoàn thể"))).toEqual(["all_departments"]);
    expect(agenciesOf(gazetteer.find("Các cơ quan tiến hành tố tụng"))).toEqual(["police", "procuracy", "court"]);
    expect(gazetteer.find("Tòa ánh sáng")).toEqual([]);
  });

  it("matches a name whatever its dashes, spacing and tone placement, quoting the words as printed", () => {
    const text =
      "Đài Phát thanh Truyền hình tỉnh; Đài Phát thanh – Truyền hình tỉnh, Uỷ ban nhân dân tỉnh và Công an\ntỉnh";
    const found = gazetteer.find(text, 7);
    expect(found.map((m) => m.agency)).toEqual(["broadcaster", "broadcaster", "provincial_people_committee", "police"]);
    for (const m of found) expect(text.slice(m.start - 7, m.end - 7)).toBe(m.quote);
    expect(found.map((m) => m.quote)).toEqual([
      "Đài Phát thanh Truyền hình tỉnh",
      "Đài Phát thanh – Truyền hình tỉnh",
      "Uỷ ban nhân dân tỉnh",
      "Công an\ntỉnh",
    ]);
    expect(agenciesOf(gazetteer.find("Sở Văn hoá, Thể thao và Du lịch"))).toEqual(["culture"]);
  });

  it("reads a collective list of bodies: the departments, and the local governments when it names “địa phương”", () => {
    const codes = (text: string) => agenciesOf(gazetteer.find(text));
    expect(codes("phối hợp với các sở, ban ngành, đoàn thể tổ chức")).toEqual(["all_departments"]);
    expect(codes("cùng các sở, ngành, địa phương liên quan kiểm tra")).toEqual(["all_departments", "local_government"]);
    expect(codes("phối hợp các cơ quan, đơn vị, đoàn thể, địa phương xây dựng")).toEqual([
      "all_departments",
      "local_government",
    ]);
    // Only the bodies concerned: nobody in particular.
    expect(codes("phối hợp với các cơ quan, đơn vị có liên quan rà soát")).toEqual([]);
    expect(codes("các cơ quan chức năng")).toEqual([]);
    // Local governments listed in another order, and after the 2025 reform.
    expect(codes("UBND các huyện, thành phố, thị xã; UBND các xã, phường, đặc khu")).toEqual(["local_government"]);
  });

  it("gives “ngành” to each sector listed after it", () => {
    const found = gazetteer.find("phối hợp với ngành Giáo dục và Đào tạo, Y tế và Tư pháp tổ chức tuyên truyền");
    expect(found.map((m) => [m.agency, m.quote])).toEqual([
      ["education", "ngành Giáo dục và Đào tạo"],
      ["health", "Y tế"],
      ["justice", "Tư pháp"],
    ]);
    // "y tế" alone is not an agency.
    expect(gazetteer.find("nâng cấp trạm y tế xã")).toEqual([]);
  });

  it("is data: a variant added to the list is recognised without code", () => {
    const extended = new AgencyGazetteer({ agencies: [{ code: "border_guard", names: ["Đồn Biên phòng cửa khẩu"] }] });
    expect(agenciesOf(extended.find("giao Đồn Biên phòng cửa khẩu tuần tra"))).toEqual(["border_guard"]);
  });
});

describe("AgencyGazetteer: provincial media and the science department", () => {
  it("reads a provincial newspaper or broadcaster named with its province", () => {
    const found = gazetteer.find(
      "phối hợp Báo và Phát thanh, Truyền hình Thái Nguyên, Đài Phát thanh và Truyền hình Hà Tĩnh, Báo Lâm Đồng tuyên truyền",
    );
    expect(found.map((m) => [m.agency, m.quote])).toEqual([
      ["press", "Báo và Phát thanh, Truyền hình Thái Nguyên"],
      ["broadcaster", "Báo và Phát thanh, Truyền hình Thái Nguyên"],
      ["broadcaster", "Đài Phát thanh và Truyền hình Hà Tĩnh"],
      ["press", "Báo Lâm Đồng"],
    ]);
    expect(gazetteer.find("thông báo Công an tỉnh")).toEqual([
      expect.objectContaining({ agency: "police", quote: "Công an tỉnh" }),
    ]);
  });

  it("reads Sở Khoa học và Công nghệ as the department that took over information (the 2025 merger)", () => {
    expect(agenciesOf(gazetteer.find("Sở Khoa học và Công nghệ hướng dẫn"))).toEqual(["information"]);
  });
});
