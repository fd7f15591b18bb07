import { type AgencyCode, agencyName, type Role } from "@pcmt/domain";

/** Shared password of the demo accounts, printed at start; demo accounts exist only on the embedded database. */
export const demoPassword = "demo-pcmt-2026";
export const demoProvince = "thai_nguyen";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  agencyCode: AgencyCode | null;
}

const officer = (username: string, agencyCode: AgencyCode): DemoAccount => ({
  username,
  displayName: `Cán bộ ${agencyName(agencyCode)}`,
  role: "agency_officer",
  agencyCode,
});

/** One account per role and one per agency that has a plugin. */
export function demoAccounts(pluginAgencies: readonly AgencyCode[]): DemoAccount[] {
  const officers: Partial<Record<AgencyCode, DemoAccount>> = {
    police: officer("congan", "police"),
    health: officer("yte", "health"),
    labour: officer("laodong", "labour"),
    education: officer("giaoduc", "education"),
    university: officer("daihoc", "university"),
    industry: officer("congthuong", "industry"),
    customs: officer("haiquan", "customs"),
    agriculture: officer("nongnghiep", "agriculture"),
  };
  return [
    { username: "admin", displayName: "Quản trị hệ thống", role: "admin", agencyCode: null },
    { username: "thuongtruc", displayName: "Cơ quan thường trực (Công an tỉnh)", role: "standing_office", agencyCode: "police" },
    { username: "bcd", displayName: "Thành viên Ban Chỉ đạo 138", role: "steering_committee", agencyCode: null },
    ...pluginAgencies.map((code) => officers[code] ?? officer(`canbo.${code}`, code)),
  ];
}
