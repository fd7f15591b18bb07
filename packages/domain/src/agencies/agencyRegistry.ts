import { z } from "zod";

/**
 * The stable agency codes of shared/agencies.md. A province's agency is `<code>` scoped to that province.
 * `plugin` names the agency module that serves it; agencies without one use the core's generic workspace.
 */
export const agencyCodes = [
  "police",
  "health",
  "labour",
  "education",
  "university",
  "industry",
  "customs",
  "agriculture",
  "border_guard",
  "military",
  "justice",
  "information",
  "culture",
  "finance",
  "planning",
  "home_affairs",
  "press",
  "broadcaster",
  "fatherland_front",
  "youth_union",
  "labour_federation",
  "procuracy",
  "court",
  "market_surveillance",
  "local_government",
  "all_departments",
  "party_committees",
  "provincial_people_committee",
  "people_council",
  "propaganda_board",
  "steering_committee",
] as const;

export const AgencyCode = z.enum(agencyCodes);
export type AgencyCode = z.infer<typeof AgencyCode>;

export interface AgencyInfo {
  code: AgencyCode;
  /** The name as documents print it (provincial level). */
  nameVi: string;
  nameEn: string;
}

const agencyNames: Record<AgencyCode, { vi: string; en: string }> = {
  police: { vi: "Công an tỉnh", en: "Provincial Police" },
  health: { vi: "Sở Y tế", en: "Department of Health" },
  labour: { vi: "Sở Lao động - Thương binh và Xã hội", en: "Department of Labour, Invalids and Social Affairs" },
  education: { vi: "Sở Giáo dục và Đào tạo", en: "Department of Education and Training" },
  university: { vi: "Đại học Thái Nguyên", en: "Thai Nguyen University" },
  industry: { vi: "Sở Công Thương", en: "Department of Industry and Trade" },
  customs: { vi: "Hải quan", en: "Customs" },
  agriculture: { vi: "Sở Nông nghiệp và Phát triển nông thôn", en: "Department of Agriculture and Rural Development" },
  border_guard: { vi: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", en: "Provincial Border Guard Command" },
  military: { vi: "Bộ Chỉ huy Quân sự tỉnh", en: "Provincial Military Command" },
  justice: { vi: "Sở Tư pháp", en: "Department of Justice" },
  information: { vi: "Sở Thông tin và Truyền thông", en: "Department of Information and Communications" },
  culture: { vi: "Sở Văn hóa, Thể thao và Du lịch", en: "Department of Culture, Sports and Tourism" },
  finance: { vi: "Sở Tài chính", en: "Department of Finance" },
  planning: { vi: "Sở Kế hoạch và Đầu tư", en: "Department of Planning and Investment" },
  home_affairs: { vi: "Sở Nội vụ", en: "Department of Home Affairs" },
  press: { vi: "Báo tỉnh", en: "Provincial Newspaper" },
  broadcaster: { vi: "Đài Phát thanh - Truyền hình tỉnh", en: "Provincial Radio and Television" },
  fatherland_front: { vi: "Ủy ban Mặt trận Tổ quốc tỉnh", en: "Provincial Fatherland Front Committee" },
  youth_union: { vi: "Tỉnh đoàn", en: "Provincial Youth Union" },
  labour_federation: { vi: "Liên đoàn Lao động tỉnh", en: "Provincial Labour Federation" },
  procuracy: { vi: "Viện kiểm sát nhân dân tỉnh", en: "Provincial People's Procuracy" },
  court: { vi: "Tòa án nhân dân tỉnh", en: "Provincial People's Court" },
  market_surveillance: { vi: "Cục Quản lý thị trường tỉnh", en: "Provincial Market Surveillance Department" },
  local_government: { vi: "UBND cấp huyện, cấp xã", en: "District and commune people's committees" },
  all_departments: { vi: "Các sở, ban, ngành, đoàn thể", en: "All member agencies" },
  party_committees: { vi: "Các cấp ủy, tổ chức đảng", en: "Party committees" },
  provincial_people_committee: { vi: "UBND tỉnh", en: "Provincial People's Committee" },
  people_council: { vi: "HĐND tỉnh", en: "Provincial People's Council" },
  propaganda_board: {
    vi: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    en: "Provincial Party Propaganda and Mass Mobilisation Board",
  },
  steering_committee: { vi: "Ban Chỉ đạo 138 tỉnh", en: "Provincial Steering Committee 138" },
};

export const agencies: readonly AgencyInfo[] = agencyCodes.map((code) => ({
  code,
  nameVi: agencyNames[code].vi,
  nameEn: agencyNames[code].en,
}));

export function agencyName(code: AgencyCode, language: "vi" | "en" = "vi"): string {
  return agencyNames[code][language];
}

export function isAgencyCode(value: string): value is AgencyCode {
  return (agencyCodes as readonly string[]).includes(value);
}

/** The name to show for an agency code that may not be in the registry (a dataset's own): its name, or the code. */
export function agencyLabel(code: string): string {
  return isAgencyCode(code) ? agencyName(code) : code;
}
