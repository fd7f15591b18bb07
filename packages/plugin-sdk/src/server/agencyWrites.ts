import { type AgencyDataOwner, type Actor, decideAgencyWrite } from "@pcmt/domain";
import { TRPCError } from "./trpc";

const refusalMessages = {
  not_an_agency_officer: "Chỉ cán bộ của cơ quan được giao mới được cập nhật dữ liệu này.",
  other_agency: "Bạn chỉ được cập nhật dữ liệu của cơ quan mình.",
  other_province: "Bạn chỉ được cập nhật dữ liệu của tỉnh mình.",
} as const;

/** Throws FORBIDDEN unless the actor may write data owned by this agency (see decideAgencyWrite). */
export function requireAgencyWrite(actor: Actor, owner: AgencyDataOwner): void {
  const decision = decideAgencyWrite(actor, owner);
  if (!decision.allowed) throw new TRPCError({ code: "FORBIDDEN", message: refusalMessages[decision.reason] });
}
