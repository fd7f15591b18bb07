import { createRouter, procedures, TRPCError, z } from "@pcmt/plugin-sdk";
import { checkValueLines } from "./importValues";
import { parseValueFile } from "./valueFile";
import { writeDataValues } from "./writeDataValues";

/** Values across places and periods at once: a year of history, a province's migration from spreadsheets. */
export const dataValuesRouter = createRouter({
  /**
   * Imports a value file, all or nothing: every line is checked first and every problem listed by row and column;
   * only a file without problems is stored, in one transaction, each change audited, the totals kept current.
   */
  importFile: procedures
    .forRoles("agency_officer", "standing_office", "admin")
    .input(z.object({ fileName: z.string().trim().min(1).max(200), contentBase64: z.string().min(1).max(40_000_000, "Tệp vượt quá 30 MB") }))
    .mutation(async ({ ctx, input }) => {
      if (!/\.(xlsx|csv)$/i.test(input.fileName)) throw new TRPCError({ code: "BAD_REQUEST", message: "Chỉ nhận tệp .xlsx hoặc .csv." });
      const parsed = await parseValueFile(input.fileName, Buffer.from(input.contentBase64, "base64"));
      if (parsed.problems.length > 0) return { lines: parsed.lines.length, written: 0, cleared: 0, unchanged: 0, problems: parsed.problems, problemCount: parsed.problems.length };
      const checked = await checkValueLines(ctx.db, ctx.actor, parsed.lines);
      if (checked.problemCount > 0) return { lines: parsed.lines.length, written: 0, cleared: 0, unchanged: 0, problems: checked.problems, problemCount: checked.problemCount };
      const result = await ctx.db.transaction().execute((trx) => writeDataValues(trx, checked.writes, { userId: ctx.actor.userId, audit: { requestId: ctx.requestId } }));
      ctx.log.info({ lines: parsed.lines.length, ...result, user: ctx.actor.username }, "data values imported");
      return { lines: parsed.lines.length, ...result, unchanged: checked.writes.length - result.written - result.cleared, problems: [], problemCount: 0 };
    }),
});
