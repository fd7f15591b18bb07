import type { CoreDatabase, Kysely } from "@pcmt/db";
import { type Actor, decideReportAction, type ReportAction, type ReportState } from "@pcmt/domain";
import { TRPCError, z } from "@pcmt/plugin-sdk";

export const ReportId = z.uuid("Mã báo cáo không hợp lệ");

/** A report's period: a period id, or for a one-off task's report its due day. */
export const ReportPeriod = z
  .string()
  .regex(/^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2])|-\d{2}-\d{2})?$/, "Kỳ báo cáo không hợp lệ");

export type ReportRow = {
  id: string;
  agency_code: string;
  province_code: string;
  period: string;
  due_date: string;
  state: ReportState;
  version: number;
  summary: string;
  first_submitted_at: Date | null;
  last_submitted_at: Date | null;
  reviewed_at: Date | null;
  return_reason: string | null;
};

export async function loadReport(db: Kysely<CoreDatabase>, id: string): Promise<ReportRow> {
  const row = await db.selectFrom("reports").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy báo cáo." });
  return row;
}

/** Refuses what decideReportAction refuses (edit, submit, accept, return), with its Vietnamese reason. */
export function requireReportAction(
  actor: Actor,
  report: Pick<ReportRow, "agency_code" | "province_code" | "state">,
  action: ReportAction,
) {
  const decision = decideReportAction(
    actor,
    { agencyCode: report.agency_code, provinceCode: report.province_code, state: report.state },
    action,
  );
  if (!decision.allowed) throw new TRPCError({ code: "FORBIDDEN", message: decision.reason });
}

/** A report (and its values) is read by its own agency and by the oversight roles of its province. */
export function requireReportRead(actor: Actor, report: Pick<ReportRow, "agency_code" | "province_code">) {
  const ownAgency =
    actor.role === "agency_officer" &&
    actor.agencyCode === report.agency_code &&
    actor.provinceCode === report.province_code;
  const oversight =
    actor.role !== "agency_officer" && (actor.provinceCode === null || actor.provinceCode === report.province_code);
  if (!ownAgency && !oversight)
    throw new TRPCError({ code: "FORBIDDEN", message: "Bạn không có quyền xem báo cáo này." });
}
