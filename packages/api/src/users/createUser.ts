import type { CoreDatabase, Kysely } from "@pcmt/db";
import { NewUser } from "@pcmt/domain";
import { hashPassword } from "../auth/passwordHashing";

export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super(`Tên đăng nhập "${username}" đã được dùng.`);
    this.name = "UsernameTakenError";
  }
}

export { NewUser };

/** Creates a user with a hashed password; the password itself is never stored nor logged. */
export async function createUser(
  db: Kysely<CoreDatabase>,
  input: NewUser,
  options: { mustChangePassword?: boolean } = {},
): Promise<{ id: string; username: string }> {
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
      email: user.email,
      must_change_password: options.mustChangePassword ?? false,
    })
    .returning(["id", "username"])
    .executeTakeFirstOrThrow();
  return row;
}
