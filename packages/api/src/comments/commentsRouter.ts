import { createRouter, procedures, z } from "@pcmt/plugin-sdk";
import { loadReport, ReportId, requireReportRead } from "../reports/reportAccess";
import { listThreads, openThread, replyInThread, resolveThread } from "./reviewComments";

const Body = z.string().trim().min(2, "Nội dung trao đổi cần ít nhất 2 ký tự").max(5000, "Nội dung tối đa 5.000 ký tự");
const Target = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("task"), taskId: z.string().min(1).max(300) }),
  z.object({ kind: z.literal("cell"), orgUnit: z.string().min(1).max(200), elementId: z.string().min(1).max(300) }),
]);

/** Review down to the field: threads on a report's tasks and cells, between the standing office and the agency. */
export const commentsRouter = createRouter({
  list: procedures
    .signedIn()
    .input(z.object({ reportId: ReportId }))
    .query(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      requireReportRead(ctx.actor, report);
      return listThreads(ctx.db, report);
    }),

  open: procedures
    .forRoles("standing_office")
    .input(z.object({ reportId: ReportId, target: Target, body: Body }))
    .mutation(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      const id = await openThread(ctx, report, input.target, input.body);
      return { id, threads: await listThreads(ctx.db, report) };
    }),

  reply: procedures
    .forRoles("standing_office", "agency_officer")
    .input(z.object({ reportId: ReportId, threadId: z.uuid("Mã trao đổi không hợp lệ"), body: Body }))
    .mutation(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      await replyInThread(ctx, report, input.threadId, input.body);
      return { threads: await listThreads(ctx.db, report) };
    }),

  resolve: procedures
    .forRoles("standing_office")
    .input(z.object({ reportId: ReportId, threadId: z.uuid("Mã trao đổi không hợp lệ") }))
    .mutation(async ({ ctx, input }) => {
      const report = await loadReport(ctx.db, input.reportId);
      await resolveThread(ctx, report, input.threadId);
      return { threads: await listThreads(ctx.db, report) };
    }),
});
