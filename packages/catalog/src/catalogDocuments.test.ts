import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CatalogDocument } from "@pcmt/domain";
import { describe, expect, it } from "vitest";
import { checkCatalogDocument } from "./checkCatalogDocument";
import { catalogSlice, taskOwner } from "./taskOwnership";

const read = (path: string) => readFileSync(join(import.meta.dirname, "..", path), "utf8");
const load = (slug: string) => CatalogDocument.parse(JSON.parse(read(`documents/${slug}.json`)));

/** Tasks per section, as counted in the document by hand. */
function tasksPerSection(doc: CatalogDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of doc.tasks) counts[t.section ?? "-"] = (counts[t.section ?? "-"] ?? 0) + 1;
  return counts;
}
const task = (doc: CatalogDocument, ref: string) => {
  const found = doc.tasks.find((t) => t.ref === ref);
  if (!found) throw new Error(`no task ${ref}`);
  return { lead: found.lead, coordinating: found.coordinating, deadline: found.deadline };
};

const documents = {
  tb45: load("tb-45-ubnd-thai-nguyen-2024"),
  kh2125: load("kh-ctpcmt-2021-2025-thai-nguyen"),
  ctHaTinh: load("ct-tu-ha-tinh-quan-ly-nguoi-nghien"),
  nqThaiNguyen: load("nq-tu-thai-nguyen-tinh-khong-ma-tuy"),
  kh29: load("kh-29-bcd-quang-tri-2024"),
};

describe.each(Object.entries(documents))("catalog document %s", (_name, doc) => {
  it("quotes its source verbatim and links only to what exists", () => {
    const { errors } = checkCatalogDocument(doc, read(`sources/${doc.sourceFile}`));
    expect(errors).toEqual([]);
  });

  it("gives every task a lead and never the same agency as lead and coordinator", () => {
    for (const t of doc.tasks) {
      expect(t.lead.length, t.ref).toBeGreaterThan(0);
      expect(
        t.lead.filter((a) => t.coordinating.includes(a)),
        t.ref,
      ).toEqual([]);
    }
  });
});

describe("Thông báo 45/TB-UBND (Thái Nguyên, 13/4/2024)", () => {
  const doc = documents.tb45;
  it("has its header", () => {
    expect(doc).toMatchObject({
      number: "45/TB-UBND",
      kind: "thong_bao",
      issuedOn: "2024-04-13",
      province: "Thái Nguyên",
    });
  });
  it("has the tasks of its nine addressees", () => {
    expect(tasksPerSection(doc)).toEqual({
      "§1": 2,
      "§2": 2,
      "§3": 2,
      "§4": 1,
      "§5": 2,
      "§6": 1,
      "§7": 2,
      "§8": 1,
      "§9": 1,
    });
  });
  it("assigns leads and coordinators as written", () => {
    expect(task(doc, "§1-p1")).toMatchObject({ lead: ["police"], coordinating: ["health", "labour"] });
    expect(task(doc, "§2-p2").lead).toEqual(["labour"]);
    expect(task(doc, "§3-p1")).toMatchObject({ lead: ["health"], coordinating: ["police"] });
    expect(task(doc, "§4").lead).toEqual(["justice", "information", "broadcaster", "press"]);
    expect(task(doc, "§5-p1").lead).toEqual(["education", "university"]);
    expect(task(doc, "§6").lead).toEqual(["finance"]);
    expect(task(doc, "§7-p1").lead).toEqual(["local_government"]);
    expect(task(doc, "§8").lead).toEqual(["fatherland_front"]);
    expect(task(doc, "§9").lead).toEqual(["youth_union"]);
  });
  it("keeps its one hard deadline: Methadone cross-check reported before 20/5/2024", () => {
    expect(task(doc, "§3-p2").deadline).toEqual({ kind: "fixed", date: "2024-05-20", before: true });
  });
});

describe("Kế hoạch Chương trình phòng, chống ma túy 2021–2025 (Thái Nguyên)", () => {
  const doc = documents.kh2125;
  it("has the agency sections of part IV and the reporting of part V", () => {
    expect(tasksPerSection(doc)).toEqual({
      "§II": 1,
      "§III.4": 1,
      "§IV.1": 5,
      "§IV.2": 3,
      "§IV.3": 5,
      "§IV.4": 3,
      ...Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`§IV.${i + 5}`, 1])),
      "§IV.19": 4,
      "§V": 2,
    });
    expect(doc.sections.filter((s) => s.parent === "§IV")).toHaveLength(19);
  });
  it("assigns leads by agency section, with joint leads", () => {
    expect(task(doc, "§IV.1-1").lead).toEqual(["police"]);
    expect(task(doc, "§IV.2-1")).toMatchObject({ lead: ["labour"], coordinating: expect.arrayContaining(["police"]) });
    expect(task(doc, "§IV.3-1").lead).toEqual(["health"]);
    expect(task(doc, "§IV.8").lead).toEqual(["education", "university"]);
    expect(task(doc, "§IV.10").lead).toEqual(["planning", "finance"]);
    expect(task(doc, "§IV.17").lead).toEqual(["procuracy", "court"]);
    expect(task(doc, "§IV.19-1").lead).toEqual(["local_government"]);
  });
  it("has the quantitative objectives of §I.2", () => {
    const byRef = Object.fromEntries(doc.indicators.map((i) => [i.ref, i]));
    expect(byRef["§I.2-2"]).toMatchObject({ comparator: ">", target: 80, unit: "percent" });
    expect(byRef["§I.2-3.t1"]).toMatchObject({
      comparator: ">=",
      target: 5,
      baseline: "previous_year",
      agency: "police",
    });
    expect(byRef["§I.2-4.t1"]).toMatchObject({ comparator: ">=", target: 5, baseline: "previous_year" });
    expect(byRef["§I.2-6"]).toMatchObject({ comparator: ">=", target: 100 });
  });
  it("reports every six months and every year", () => {
    expect(doc.reporting?.rule).toMatchObject({ kind: "all" });
  });
});

describe("Chỉ thị of the Hà Tĩnh Provincial Party Standing Committee (undated)", () => {
  const doc = documents.ctHaTinh;
  it("is undated and unnumbered", () => {
    expect(doc).toMatchObject({ number: null, issuedOn: null, kind: "chi_thi", province: "Hà Tĩnh" });
  });
  it("has its five items", () => {
    expect(tasksPerSection(doc)).toEqual({ "§1": 1, "§2": 1, "§3": 4, "§4": 1, "§5": 5 });
  });
  it("leads: the people's committee for item 3, the police party committee for item 4", () => {
    for (const ref of ["§3-1", "§3-2", "§3-3", "§3-4"])
      expect(task(doc, ref).lead).toEqual(["provincial_people_committee"]);
    expect(task(doc, "§4").lead).toEqual(["police"]);
    expect(task(doc, "§5-2").lead).toContain("people_council");
    expect(task(doc, "§5-3").lead).toEqual(["propaganda_board"]);
    expect(task(doc, "§5-5").lead).toEqual(["police"]);
  });
});

describe("Nghị quyết xây dựng tỉnh Thái Nguyên không ma túy (29/12/2025)", () => {
  const doc = documents.nqThaiNguyen;
  it("has its header and tasks", () => {
    expect(doc).toMatchObject({ issuedOn: "2025-12-29", kind: "nghi_quyet" });
    expect(tasksPerSection(doc)).toEqual({ "§III.1": 3, "§III.3": 2, "§III.4": 1, "§IV": 5 });
    expect(task(doc, "§IV.2").lead).toEqual(["people_council"]);
    expect(task(doc, "§IV.3").lead).toEqual(["provincial_people_committee"]);
    expect(task(doc, "§IV.4").lead).toEqual(["propaganda_board"]);
    expect(task(doc, "§IV.5").lead).toEqual(["police"]);
  });
  it("has the phased drug-free targets: 25% by 2026, 100% by 2030", () => {
    const byRef = Object.fromEntries(doc.indicators.map((i) => [i.ref, i]));
    expect(byRef["§II.2.2-1.t1"]).toMatchObject({ comparator: ">=", target: 25, due: "2026", aggregation: "ratio" });
    expect(byRef["§II.2.2-2.t1"]).toMatchObject({ comparator: ">=", target: 100, due: "2030" });
  });
  it("keeps the situation figures with their dates", () => {
    expect(doc.facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 5850, asOf: "2025-11-14" }),
        expect.objectContaining({ value: 4793, asOf: "2025-11-14" }),
        expect.objectContaining({ value: 707 }),
        expect.objectContaining({ value: 250 }),
        expect.objectContaining({ value: 165 }),
        expect.objectContaining({ value: 139 }),
      ]),
    );
  });
});

describe("Kế hoạch 29/KH-BCĐ (Quảng Trị, 05/02/2024)", () => {
  const doc = documents.kh29;
  it("has its header and lettered tasks per group", () => {
    expect(doc).toMatchObject({ number: "29/KH-BCĐ", issuedOn: "2024-02-05", province: "Quảng Trị" });
    expect(tasksPerSection(doc)).toEqual({
      "§II.1": 4,
      "§II.2": 4,
      "§II.3": 6,
      "§II.4": 3,
      "§II.5": 3,
      "§II.6": 3,
      "§III": 2,
    });
  });
  it("reads lead and coordinators from each parenthesis", () => {
    expect(task(doc, "§II.3.d")).toMatchObject({
      lead: ["police"],
      coordinating: ["industry", "health", "customs", "local_government"],
    });
    expect(task(doc, "§II.3.d2")).toMatchObject({
      lead: ["police"],
      coordinating: ["agriculture", "local_government"],
    });
    expect(task(doc, "§II.3.e").lead).toEqual(["police", "border_guard", "procuracy", "court", "local_government"]);
    expect(task(doc, "§II.4.b").lead).toEqual(["health"]);
    expect(task(doc, "§II.4.c").lead).toEqual(["labour"]);
    expect(task(doc, "§II.6.a").lead).toEqual(["labour"]);
  });
  it("has monthly reports before the 17th and its targets", () => {
    expect(task(doc, "§III.1").deadline).toMatchObject({
      kind: "recurring",
      frequency: "monthly",
      dueDay: 17,
      before: true,
    });
    const byRef = Object.fromEntries(doc.indicators.map((i) => [i.ref, i]));
    expect(byRef["§II.3.a"]).toMatchObject({
      comparator: ">=",
      target: 5,
      baseline: "previous_year",
      agency: "police",
    });
    expect(byRef["§II.4.b"]).toMatchObject({ comparator: ">=", target: 100, agency: "health" });
  });
});

describe("task ownership", () => {
  const plugins = [
    { id: "police", agencies: ["police"] as const },
    { id: "health", agencies: ["health"] as const },
    { id: "customs", agencies: ["customs", "industry"] as const },
  ];
  it("gives a task to the plugin of its first lead that has one, else to the core", () => {
    expect(taskOwner(["justice", "health"], plugins)).toBe("health");
    expect(taskOwner(["finance"], plugins)).toBeNull();
    expect(taskOwner(["industry"], plugins)).toBe("customs");
  });
  it("puts every task in exactly one slice", () => {
    const docs = Object.values(documents);
    const owners = [null, ...plugins.map((p) => p.id)];
    const total = owners.flatMap((o) => catalogSlice(docs, o, plugins)).reduce((n, s) => n + s.tasks.length, 0);
    expect(total).toBe(docs.reduce((n, d) => n + d.tasks.length, 0));
  });
});
