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

  it("is data: a variant added to the list is recognised without code", () => {
    const extended = new AgencyGazetteer({ agencies: [{ code: "border_guard", names: ["Đồn Biên phòng cửa khẩu"] }] });
    expect(agenciesOf(extended.find("giao Đồn Biên phòng cửa khẩu tuần tra"))).toEqual(["border_guard"]);
  });
});
