import { z } from "zod";

/**
 * Who a user is to the platform.
 * - agency_officer: works for one agency of one province (cán bộ của một sở, ngành);
 * - standing_office: the committee's standing office (cơ quan thường trực, the provincial police), reviews reports;
 * - steering_committee: members of Ban Chỉ đạo 138, read the aggregate console;
 * - admin: manages users and configuration.
 */
export const roles = ["agency_officer", "standing_office", "steering_committee", "admin"] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const roleLabels: Record<Role, { vi: string; en: string }> = {
  agency_officer: { vi: "Cán bộ cơ quan, đơn vị", en: "Agency officer" },
  standing_office: { vi: "Cơ quan thường trực", en: "Standing office" },
  steering_committee: { vi: "Ban Chỉ đạo", en: "Steering committee" },
  admin: { vi: "Quản trị hệ thống", en: "Administrator" },
};
