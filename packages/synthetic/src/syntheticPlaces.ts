import type { OrgUnit } from "@pcmt/domain";
import type { Random } from "./random";

const syllables = [
  "An",
  "Bình",
  "Hòa",
  "Phú",
  "Tân",
  "Thạnh",
  "Đông",
  "Tây",
  "Nam",
  "Bắc",
  "Hưng",
  "Long",
  "Phước",
  "Thuận",
  "Vĩnh",
  "Xuân",
  "Quang",
  "Minh",
  "Hợp",
  "Thành",
  "Lộc",
  "Sơn",
  "Hải",
  "Trung",
  "Cát",
];

export const lastDayBeforeReform = "2025-06-30";
export const reformDay = "2025-07-01";

/** Code of the n-th synthetic province: "mau_01" … "mau_34" (mẫu: sample), never a real province's code. */
export const syntheticProvinceCode = (n: number) => `mau_${String(n).padStart(2, "0")}`;
export const syntheticProvinceName = (n: number) => `Tỉnh Mẫu ${String(n).padStart(2, "0")}`;

export interface SyntheticProvincePlaces {
  code: string;
  name: string;
  units: OrgUnit[];
  /** Pre-reform communes (valid until 30/6/2025) and today's communes, for generating values. */
  oldCommunes: string[];
  communes: string[];
}

/**
 * One province's places in both eras: districts and their communes until 30/6/2025, today's communes from
 * 1/7/2025, each old commune linked to the commune that took it over (one to three old communes per new one).
 */
export function syntheticPlaces(n: number, communeCount: number, random: Random): SyntheticProvincePlaces {
  const code = syntheticProvinceCode(n);
  const name = syntheticProvinceName(n);
  const units: OrgUnit[] = [
    {
      code,
      name: name.replace(/^Tỉnh /, ""),
      kind: "tinh",
      level: "province",
      parent: null,
      validFrom: null,
      validTo: null,
      successors: [],
      note: "Dữ liệu mô phỏng",
    },
  ];
  const usedNames = new Set<string>();
  const placeName = () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const [first, second] = [random.pick(syllables), random.pick(syllables)];
      const candidate = `${first} ${second}`;
      if (first !== second && !usedNames.has(candidate)) {
        usedNames.add(candidate);
        return candidate;
      }
    }
    const numbered = `${random.pick(syllables)} ${usedNames.size + 1}`;
    usedNames.add(numbered);
    return numbered;
  };
  const districtCount = Math.max(2, Math.round(communeCount / 11));
  const districts = Array.from({ length: districtCount }, (_, i) => `${code}.h${String(i + 1).padStart(2, "0")}`);
  districts.forEach((d, i) =>
    units.push({
      code: d,
      name: placeName(),
      kind: i === 0 ? "thanh_pho" : "huyen",
      level: "district",
      parent: code,
      validFrom: null,
      validTo: lastDayBeforeReform,
      successors: [],
      note: "Dữ liệu mô phỏng",
    }),
  );
  const oldCommunes: string[] = [];
  const communes: string[] = [];
  let oldIndex = 0;
  for (let c = 0; c < communeCount; c++) {
    const communeCode = `${code}.x${String(c + 1).padStart(3, "0")}`;
    const ward = c < communeCount / 8;
    communes.push(communeCode);
    units.push({
      code: communeCode,
      name: placeName(),
      kind: ward ? "phuong" : "xa",
      level: "commune",
      parent: code,
      validFrom: reformDay,
      validTo: null,
      successors: [],
      note: "Dữ liệu mô phỏng",
    });
    // Merged from one to three pre-reform communes of the same district.
    const draw = random.next();
    const parts = draw < 0.5 ? 1 : draw < 0.85 ? 2 : 3;
    const district = districts[Math.floor((c / communeCount) * districtCount)] as string;
    for (let p = 0; p < parts; p++) {
      oldIndex++;
      const oldCode = `${district}.c${String(oldIndex).padStart(4, "0")}`;
      oldCommunes.push(oldCode);
      units.push({
        code: oldCode,
        name: placeName(),
        kind: ward ? "phuong" : random.next() < 0.1 ? "thi_tran" : "xa",
        level: "commune",
        parent: district,
        validFrom: null,
        validTo: lastDayBeforeReform,
        successors: [communeCode],
        note: "Dữ liệu mô phỏng",
      });
    }
  }
  return { code, name, units, oldCommunes, communes };
}
