import { describe, expect, it } from "vitest";
import { AgencyGazetteer } from "../agencies/agencyGazetteer";
import { headingAgencies, readRoles } from "./readRoles";

const gazetteer = new AgencyGazetteer();

/** The roles of an item (its whole text), under an agency heading when one is given. */
function roles(item: string, options: { heading?: string; mayInfer?: boolean; addressees?: string } = {}) {
  const heading = options.heading ?? options.addressees ?? "";
  const text = `${heading}\n\n${item}`;
  const inherited = options.addressees
    ? gazetteer.find(heading)
    : heading
      ? headingAgencies(gazetteer, text, 0, heading.length)
      : [];
  return readRoles(gazetteer, text, heading.length + 2, text.length, inherited, {
    mayInfer: options.mayInfer ?? true,
    inheritedFromAddressees: !!options.addressees,
  });
}

describe("readRoles", () => {
  it("reads a run of leads through the qualifiers of a name (“của tỉnh”, “cấp tỉnh”)", () => {
    const read = roles(
      "Các sở, ban, ngành của tỉnh; UBND các xã, phường, đặc khu; Bộ Chỉ huy Quân sự tỉnh căn cứ chức năng, nhiệm vụ xây dựng kế hoạch thực hiện.",
    );
    expect(read).toMatchObject({ how: "explicit", lead: ["all_departments", "local_government", "military"] });
  });

  it("takes the lead named inside the item: “vai trò chủ trì … của X”, “do X chủ trì”", () => {
    expect(
      roles("Phát huy vai trò chủ trì, tham mưu của Sở Y tế trong công tác điều trị nghiện bằng thuốc thay thế."),
    ).toMatchObject({ how: "explicit", lead: ["health"], coordinating: [] });
    expect(
      roles("Tổ chức hội thảo về cai nghiện tại cộng đồng do Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ thực hiện."),
    ).toMatchObject({ how: "explicit", lead: ["justice"], coordinating: ["home_affairs"] });
    // "do X" that is not followed by "chủ trì" names no lead.
    expect(
      roles("Rà soát các cơ sở do Sở Y tế cấp phép hoạt động, báo cáo kết quả.", { mayInfer: false }).lead,
    ).toEqual([]);
  });

  it("reads the partners of every “phối hợp” of the item, not only the first", () => {
    const read = roles(
      "Chỉ đạo Công an các xã phối hợp với các ngành chức năng rà soát người nghiện tại cộng đồng. Phối hợp với Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh tổ chức xét xử lưu động các vụ án điểm.",
      { heading: "Công an tỉnh" },
    );
    expect(read).toMatchObject({ how: "heading", lead: ["police"], coordinating: ["court", "procuracy"] });
  });

  it("leaves out who receives the work (“báo cáo X”, “tham mưu X”, “cho X”) and the issuer of a cited document", () => {
    const read = roles(
      "Phối hợp với Bộ đội Biên phòng tỉnh rà soát các đối tượng qua lại biên giới, báo cáo Giám đốc Công an tỉnh trước ngày 15/6/2026.",
      { heading: "Sở Y tế" },
    );
    expect(read.coordinating).toEqual(["border_guard"]);
    const cited = roles(
      "Chủ trì, phối hợp với Sở Tài chính rà soát Quyết định số 15/2022/QĐ-UBND ngày 12/3/2022 của UBND tỉnh về mức hỗ trợ, đề xuất UBND tỉnh sửa đổi.",
      { heading: "Sở Nội vụ" },
    );
    expect(cited.coordinating).toEqual(["finance"]);
    // The issuer of the decision is not among the item's agencies; the one advised is, but only as a mention.
    const committee = cited.mentions.filter((m) => m.agency === "provincial_people_committee");
    expect(committee).toHaveLength(1);
    expect(committee[0]!.start).toBeGreaterThan(cited.mentions.find((m) => m.agency === "finance")!.start + 60);
  });

  it("does not take for the lead an agency a sentence names as the one informed (“cung cấp thông tin cho X”)", () => {
    const addressees =
      "Ban Thường vụ yêu cầu cấp ủy, chính quyền, Mặt trận Tổ quốc các cấp thực hiện tốt các nội dung sau:";
    const read = roles(
      "Vận động quần chúng tích cực cung cấp thông tin cho lực lượng Công an về các điểm bán lẻ ma túy. Nhân rộng mô hình tự quản.",
      { addressees },
    );
    expect(read).toMatchObject({ how: "heading", lead: ["party_committees", "local_government", "fatherland_front"] });
    // Without addressees, nobody is read from it.
    expect(
      roles("Vận động quần chúng tích cực cung cấp thông tin cho lực lượng Công an về các điểm bán lẻ ma túy.").lead,
    ).toEqual([]);
  });
});
