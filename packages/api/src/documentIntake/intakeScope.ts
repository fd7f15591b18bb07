import type { Actor } from "@pcmt/domain";
import { TRPCError } from "@pcmt/plugin-sdk";

/** Who brings documents in: the standing office of a province and administrators. */
export const intakeRoles = ["standing_office", "admin"] as const;

/**
 * The province a new draft belongs to: a province's account works on its own province only; a national
 * administrator names the province.
 */
export function intakeProvinceFor(actor: Actor, requested: string | null | undefined): string {
  if (actor.provinceCode) {
    if (requested && requested !== actor.provinceCode)
      throw new TRPCError({ code: "FORBIDDEN", message: "Tài khoản của bạn chỉ nhập văn bản của tỉnh mình." });
    return actor.provinceCode;
  }
  if (!requested) throw new TRPCError({ code: "BAD_REQUEST", message: "Hãy chọn tỉnh của văn bản." });
  return requested;
}

/** A draft or document of another province is not the actor's to read or change (national administrators aside). */
export function requireIntakeProvince(actor: Actor, provinceCode: string | null) {
  if (actor.provinceCode && actor.provinceCode !== provinceCode)
    throw new TRPCError({ code: "FORBIDDEN", message: "Văn bản này thuộc tỉnh khác." });
}
