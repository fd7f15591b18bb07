import type { CoreDatabase, Kysely } from "@pcmt/db";
import { AgencyCode, ProvinceCode, Role } from "@pcmt/domain";
import { z } from "zod";
import { hashPassword, passwordRule } from "../auth/passwordHashing";

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
  })
  .refine((u) => u.role !== "agency_officer" || u.agencyCode !== null, {
    message: "Cán bộ cơ quan phải thuộc một cơ quan",
    path: ["agencyCode"],
  });
export type NewUser = z.input<typeof NewUser>;

export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super(`Tên đăng nhập "${username}" đã được dùng.`);
    this.name = "UsernameTakenError";
  }
}

/** Creates a user with a hashed password; the password itself is never stored nor logged. */
export async function createUser(db: Kysely<CoreDatabase>, input: NewUser): Promise<{ id: string; username: string }> {
  const user = NewUser.parse(input);
  const taken = await db.selectFrom("users").select("id").where("username", "=", user.username).executeTakeFirst();
  if (taken) throw new UsernameTakenError(user.username);
  const row = await db
    .insertInto("users")
    .values({
      username: user.username,
      display_name: user.displayName,
      password_hash: await hashPassword(user.password),
      role: user.role,
      agency_code: user.agencyCode,
      province_code: user.provinceCode,
    })
    .returning(["id", "username"])
    .executeTakeFirstOrThrow();
  return row;
}
