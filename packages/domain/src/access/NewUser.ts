import { z } from "zod";
import { AgencyCode } from "../agencies/agencyRegistry";
import { ProvinceCode } from "../places/provinces";
import { Role } from "./roles";

/** A work e-mail address for notifications, or none (in-app only): "" and blanks mean none. */
export const UserEmail = z
  .string()
  .trim()
  .max(254, "Địa chỉ e-mail quá dài")
  .refine((v) => v === "" || z.email().safeParse(v).success, "Địa chỉ e-mail không hợp lệ")
  .transform((v) => (v === "" ? null : v.toLowerCase()))
  .nullable()
  .default(null);

/** The rule shown to users who set a password. */
export const passwordRule = { minLength: 10 } as const;

/** A user account as an administrator creates it (the web form and the CLI validate with the same schema). */
export const NewUser = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,50}$/, "Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới"),
    displayName: z.string().trim().min(1, "Nhập họ tên").max(200),
    password: z.string().min(passwordRule.minLength, `Mật khẩu cần ít nhất ${passwordRule.minLength} ký tự`).max(200),
    role: Role,
    agencyCode: AgencyCode.nullable().default(null),
    provinceCode: ProvinceCode.nullable().default(null),
    email: UserEmail,
  })
  .refine((u) => u.role !== "agency_officer" || u.agencyCode !== null, {
    message: "Cán bộ cơ quan phải thuộc một cơ quan",
    path: ["agencyCode"],
  });
export type NewUser = z.input<typeof NewUser>;

/** An account's details as an administrator edits them (the username and password are changed elsewhere). */
export const UserDetails = z
  .object({
    displayName: z.string().trim().min(1, "Nhập họ tên").max(200),
    role: Role,
    agencyCode: AgencyCode.nullable().default(null),
    provinceCode: ProvinceCode.nullable().default(null),
    email: UserEmail,
  })
  .refine((u) => u.role !== "agency_officer" || u.agencyCode !== null, {
    message: "Cán bộ cơ quan phải thuộc một cơ quan",
    path: ["agencyCode"],
  });
export type UserDetails = z.input<typeof UserDetails>;
