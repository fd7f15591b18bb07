import { type Actor, fileNameSlug, PeriodId, ProvinceCode } from "@pcmt/domain";
import { createRouter, procedures, TRPCError, z } from "@pcmt/plugin-sdk";
import { format } from "date-fns";
import { buildConsolidatedReport } from "./consolidatedReport";
import { indicatorDrillDown } from "./indicatorDrillDown";
import { nationalOverview } from "./nationalOverview";
import { provinceOverview } from "./provinceOverview";
import { renderConsolidatedDocx, renderConsolidatedXlsx } from "./renderConsolidatedReport";
import { timelinessMatrix } from "./timelinessMatrix";

/** A province (national accounts name one), how many of the latest periods, up to which day. */
const ProvincePeriods = z.object({
  provinceCode: ProvinceCode.optional(),
  periods: z.number().int().min(1).max(24).default(6),
  until: z.iso
    .date()
    .refine((d) => d >= "2000-01-01" && d <= "2100-12-31", "Ngày phải trong khoảng 01/01/2000 – 31/12/2100")
    .optional(),
});
/** The same, with the reference period the figures are read for (by default the latest whose deadline has passed). */
const ProvinceOverviewInput = ProvincePeriods.extend({ period: PeriodId.optional() });

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
    .input(ProvinceOverviewInput)
    .query(async ({ ctx, input }) => {
      const today = format(new Date(), "yyyy-MM-dd");
      return provinceOverview(ctx.db, provinceOf(ctx.actor, input.provinceCode), {
        periods: input.periods,
        until: input.until ?? today,
        today,
        period: input.period,
      });
    }),

  /** Agencies × periods with each report's timeliness, on its own (the overview includes it). */
  timelinessMatrix: procedures
    .forRoles("steering_committee", "standing_office", "admin")
    .input(ProvincePeriods)
    .query(async ({ ctx, input }) => {
      const today = format(new Date(), "yyyy-MM-dd");
      return timelinessMatrix(ctx.db, provinceOf(ctx.actor, input.provinceCode), {
        periods: input.periods,
        until: input.until ?? today,
        today,
      });
    }),

  /** Every province in one table: indicators by state and who reported the latest period on time. */
  nationalOverview: procedures.forRoles("steering_committee", "standing_office", "admin").query(async ({ ctx }) => {
    if (ctx.actor.provinceCode)
      throw new TRPCError({ code: "FORBIDDEN", message: "Bảng toàn quốc dành cho tài khoản cấp trung ương." });
    return nationalOverview(ctx.db, format(new Date(), "yyyy-MM-dd"));
  }),

  /** The consolidated report (báo cáo tổng hợp) of a province for a period, as .docx or .xlsx. */
  consolidatedReport: procedures
    .forRoles("steering_committee", "standing_office", "admin")
    .input(
      z.object({
        provinceCode: ProvinceCode.optional(),
        /** By default the latest period whose reporting deadline has passed (the console's default). */
        period: PeriodId.optional(),
        format: z.enum(["docx", "xlsx"]),
      }),
    )
    .query(async ({ ctx, input }) => {
      const provinceCode = provinceOf(ctx.actor, input.provinceCode);
      const report = await buildConsolidatedReport(ctx.db, provinceCode, input.period);
      const bytes =
        input.format === "docx" ? await renderConsolidatedDocx(report) : await renderConsolidatedXlsx(report);
      return {
        fileName: `bao-cao-tong-hop-${fileNameSlug(report.provinceName)}-${report.period ?? "chua-co-ky"}.${input.format}`,
        period: report.period,
        contentBase64: bytes.toString("base64"),
      };
    }),
});
