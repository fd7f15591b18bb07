import type { AgencyCode } from "./agencyRegistry";

/** A name an agency is printed under, and when (shared/agencies.md; the 2025 reorganisation). */
export interface AgencyAlias {
  agency: AgencyCode;
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

/** A function that moved from one agency to another on a date. */
export interface AgencySuccession {
  from: AgencyCode;
  to: AgencyCode;
  function: string;
  effectiveOn: string;
}

export const agencyAliases: readonly AgencyAlias[] = [
  { agency: "police", name: "Đảng ủy Công an tỉnh", validFrom: null, validTo: null },
  { agency: "police", name: "Lực lượng Công an", validFrom: null, validTo: null },
  { agency: "labour", name: "Sở Lao động - Thương binh và Xã hội", validFrom: null, validTo: "2025-02-28" },
  {
    agency: "home_affairs",
    name: "Sở Nội vụ (gồm lĩnh vực lao động, xã hội từ Sở LĐTBXH)",
    validFrom: "2025-03-01",
    validTo: null,
  },
  { agency: "agriculture", name: "Sở Nông nghiệp và Phát triển nông thôn", validFrom: null, validTo: "2025-02-28" },
  { agency: "agriculture", name: "Sở Nông nghiệp và Môi trường", validFrom: "2025-03-01", validTo: null },
  { agency: "planning", name: "Sở Kế hoạch và Đầu tư", validFrom: null, validTo: "2025-02-28" },
  { agency: "information", name: "Sở Thông tin và Truyền thông", validFrom: null, validTo: "2025-02-28" },
  { agency: "information", name: "Sở Khoa học và Công nghệ", validFrom: "2025-03-01", validTo: null },
  { agency: "press", name: "Báo tỉnh", validFrom: null, validTo: "2025-06-30" },
  { agency: "broadcaster", name: "Đài Phát thanh - Truyền hình tỉnh", validFrom: null, validTo: "2025-06-30" },
  { agency: "press", name: "Báo và Phát thanh, Truyền hình tỉnh", validFrom: "2025-07-01", validTo: null },
  { agency: "broadcaster", name: "Báo và Phát thanh, Truyền hình tỉnh", validFrom: "2025-07-01", validTo: null },
  { agency: "customs", name: "Cục Hải quan tỉnh", validFrom: null, validTo: "2025-02-28" },
  { agency: "customs", name: "Chi cục Hải quan khu vực", validFrom: "2025-03-01", validTo: null },
  { agency: "propaganda_board", name: "Ban Tuyên giáo Tỉnh ủy", validFrom: null, validTo: "2025-02-28" },
  { agency: "propaganda_board", name: "Ban Tuyên giáo và Dân vận Tỉnh ủy", validFrom: "2025-03-01", validTo: null },
  {
    agency: "local_government",
    name: "UBND, Ban Chỉ đạo 138 các huyện, thị xã, thành phố",
    validFrom: null,
    validTo: "2025-06-30",
  },
  { agency: "local_government", name: "UBND cấp xã", validFrom: null, validTo: null },
];

export const agencySuccessions: readonly AgencySuccession[] = [
  { from: "labour", to: "police", function: "Cai nghiện ma túy và quản lý sau cai nghiện", effectiveOn: "2025-03-01" },
  { from: "labour", to: "home_affairs", function: "Lao động, việc làm, chính sách xã hội", effectiveOn: "2025-03-01" },
  { from: "planning", to: "finance", function: "Kế hoạch và đầu tư", effectiveOn: "2025-03-01" },
  { from: "information", to: "culture", function: "Quản lý báo chí", effectiveOn: "2025-03-01" },
  {
    from: "press",
    to: "broadcaster",
    function: "Báo chí, phát thanh, truyền hình (hợp nhất)",
    effectiveOn: "2025-07-01",
  },
  {
    from: "local_government",
    to: "local_government",
    function: "Nhiệm vụ của UBND cấp huyện chuyển về UBND cấp xã",
    effectiveOn: "2025-07-01",
  },
];

/**
 * Who carries a function on a date: follows the successions (rehab and post-rehab management is the labour
 * department's until 28/2/2025, the police's from 1/3/2025).
 */
export function agencyForFunction(agency: AgencyCode, functionName: string, onDate: string): AgencyCode {
  const moved = agencySuccessions.find(
    (s) => s.from === agency && s.function === functionName && s.effectiveOn <= onDate,
  );
  return moved ? agencyForFunction(moved.to, functionName, onDate) : agency;
}

/** The names an agency went by on a date. */
export function agencyNamesOn(agency: AgencyCode, onDate: string): string[] {
  return agencyAliases
    .filter(
      (a) =>
        a.agency === agency &&
        (a.validFrom === null || a.validFrom <= onDate) &&
        (a.validTo === null || a.validTo >= onDate),
    )
    .map((a) => a.name);
}
