import { type Actor, ProvinceCode } from "@pcmt/domain";
import { createRouter, procedures, TRPCError, z } from "@pcmt/plugin-sdk";
import { format } from "date-fns";
import { buildConsolidatedReport } from "./consolidatedReport";
import { indicatorDrillDown } from "./indicatorDrillDown";
import { nationalOverview } from "./nationalOverview";
import { provinceOverview } from "./provinceOverview";
import { renderConsolidatedDocx, renderConsolidatedXlsx } from "./renderConsolidatedReport";
import { timelinessMatrix } from "./timelinessMatrix";

/** A province (national accounts name one), how many of the latest periods, up to which day. */
const ProvincePeriods = z.object({ provinceCode: ProvinceCode.optional(), periods: z.number().int().min(1).max(24).default(6), until: z.iso.date().optional() });

/** A provincial user sees its own province; a national one names the province it wants. */
export function provinceOf(actor: Actor, wanted: string | undefined): string {
  const provinceCode = actor.provinceCode ?? wanted;
  if (!provinceCode) throw new TRPCError({ code: "BAD_REQUEST", message: "Chọn tỉnh." });
  return provinceCode;
}

/** The steering committee's console: plan progress, targets and who reports late, for one province. */
export const consoleRouter = createRouter({
  indicatorDrillDown,
  overview: procedures
    .forRoles("steering_committee", "standing_office", "admin")
    .input(ProvincePeriods)
    .query(async ({ ctx, input }) => {
      const today = format(new Date(), "yyyy-MM-dd");
      return provinceOverview(ctx.db, provinceOf(ctx.actor, input.provinceCode), { periods: input.periods, until: input.until ?? today, today });
    }),

  /** Agencies × periods with each report's timeliness, on its own (the overview includes it). */
  timelinessMatrix: procedures
    .forRoles("steering_committee", "standing_office", "admin")
    .input(ProvincePeriods)
    .query(async ({ ctx, input }) => {
      const today = format(new Date(), "yyyy-MM-dd");
      return timelinessMatrix(ctx.db, provinceOf(ctx.actor, input.provinceCode), { periods: input.periods, until: input.until ?? today, today });
    }),

  /** Every province in one table: indicators by state and who reported the latest period on time. */
  nationalOverview: procedures.forRoles("steering_committee", "standing_office", "admin").query(async ({ ctx }) => {
    if (ctx.actor.provinceCode) throw new TRPCError({ code: "FORBIDDEN", message: "Bảng toàn quốc dành cho tài khoản cấp trung ương." });
    return nationalOverview(ctx.db, format(new Date(), "yyyy-MM-dd"));
  }),

  /** The consolidated report (báo cáo tổng hợp) of a province for a period, as .docx or .xlsx. */
  consolidatedReport: procedures
    .forRoles("steering_committee", "standing_office", "admin")
    .input(
      z.object({
        provinceCode: ProvinceCode.optional(),
        period: z.string().regex(/^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "Kỳ phải có dạng 2024, 2024-H1, 2024-Q2 hoặc 2024-05"),
        format: z.enum(["docx", "xlsx"]),
      }),
    )
    .query(async ({ ctx, input }) => {
      const provinceCode = provinceOf(ctx.actor, input.provinceCode);
      const report = await buildConsolidatedReport(ctx.db, provinceCode, input.period);
      const bytes = input.format === "docx" ? await renderConsolidatedDocx(report) : await renderConsolidatedXlsx(report);
      return { fileName: `bao-cao-${provinceCode}-${input.period}.${input.format}`, contentBase64: bytes.toString("base64") };
    }),
});
