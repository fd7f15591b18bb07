import { type AgencyCode, agencyName, type Role } from "@pcmt/domain";

/** Shared password of the demo accounts, printed at start; demo accounts exist only on the embedded database. */
export const demoPassword = "demo-pcmt-2026";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  agencyCode: AgencyCode | null;
  provinceCode: string | null;
}

const officer = (username: string, agencyCode: AgencyCode): Omit<DemoAccount, "provinceCode"> => ({
  username,
  displayName: `Cán bộ ${agencyName(agencyCode)}`,
  role: "agency_officer",
  agencyCode,
});

/**
 * One account per role and one per agency that has a plugin, in Thái Nguyên (six-monthly and annual reports);
 * the same set with the suffix ".qt" in Quảng Trị, whose plan asks for monthly reports before the 17th.
 */
export function demoAccounts(pluginAgencies: readonly AgencyCode[]): DemoAccount[] {
  const thaiNguyen = accountsOfProvince(pluginAgencies).map((a) => ({
    ...a,
    provinceCode: a.role === "admin" ? null : "thai_nguyen",
  }));
  const quangTri = accountsOfProvince(pluginAgencies)
    .filter((a) => a.role !== "admin" && a.agencyCode !== "university")
    .map((a) => ({
      ...a,
      username: `${a.username}.qt`,
      displayName: `${a.displayName} (Quảng Trị)`,
      provinceCode: "quang_tri",
    }));
  return [...thaiNguyen, ...quangTri];
}

function accountsOfProvince(pluginAgencies: readonly AgencyCode[]): Omit<DemoAccount, "provinceCode">[] {
  const officers: Partial<Record<AgencyCode, Omit<DemoAccount, "provinceCode">>> = {
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
    {
      username: "thuongtruc",
      displayName: "Cơ quan thường trực (Công an tỉnh)",
      role: "standing_office",
      agencyCode: "police",
    },
    { username: "bcd", displayName: "Thành viên Ban Chỉ đạo 138", role: "steering_committee", agencyCode: null },
    ...pluginAgencies.map((code) => officers[code] ?? officer(`canbo.${code}`, code)),
  ];
}
