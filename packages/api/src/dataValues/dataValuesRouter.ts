import { bulkTransaction, type CoreDatabase, type Kysely } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import { createRouter, procedures, TRPCError, z } from "@pcmt/plugin-sdk";
import type { ImportProblem } from "../dataEntry/gridFiles";
import { ValueLineChecker } from "./importValues";
import { readValueFile, type ValueFileChunk } from "./valueFile";
import { DataValueWriter } from "./writeDataValues";

class ImportRefused extends Error {
  constructor(
    readonly problems: ImportProblem[],
    readonly problemCount: number,
  ) {
    super("import refused");
  }
}

/**
 * Stores a value file all or nothing, in one transaction. Chunk by chunk: chunks are read and checked here while
 * the ones before are being written by the database. The first problem stops the writing (the rest is still
 * checked, so every problem is listed) and rolls everything back; so does a part larger than its whole, looked
 * for once every line was read.
 */
export async function importValueChunks(db: Kysely<CoreDatabase>, actor: Actor, requestId: string | null, chunks: AsyncIterable<ValueFileChunk> | Iterable<ValueFileChunk>) {
  const checker = await ValueLineChecker.create(db, actor);
  let lines = 0;
  try {
    const result = await bulkTransaction(db, async (trx, copy) => {
      const writer = new DataValueWriter(trx, { userId: actor.userId, audit: { requestId }, copy });
      // Chunks are written one after another, while this loop keeps reading and checking ahead.
      let writing: Promise<void> = Promise.resolve();
      for await (const chunk of chunks) {
        lines += chunk.lines.length;
        for (const p of chunk.problems) checker.problem(p.row, p.column, p.message);
        const writes = checker.check(chunk.lines);
        if (checker.problemCount > 0) continue;
        writing = writing.then(async () => writer.store(await writer.prepare(writes)));
        writing.catch(() => {}); // awaited below; this only keeps an early failure from being reported as unhandled
        // Let the database's traffic through before reading the next chunk.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await writing;
      if (lines === 0 && checker.problemCount === 0) checker.problem(2, "", "Tệp không có dòng số liệu nào.");
      if (checker.problemCount === 0) await checker.checkParts(trx);
      if (checker.problemCount > 0) throw new ImportRefused(checker.sortedProblems(), checker.problemCount);
      return writer.finish();
    });
    return { lines, ...result, unchanged: lines - result.written - result.cleared, problems: [] as ImportProblem[], problemCount: 0 };
  } catch (error) {
    if (error instanceof ImportRefused) return { lines, written: 0, cleared: 0, unchanged: 0, problems: error.problems, problemCount: error.problemCount };
    throw error;
  }
}

/** Values across places and periods at once: a year of history, a province's migration from spreadsheets. */
export const dataValuesRouter = createRouter({
  /**
   * Imports a value file, all or nothing: every line is checked and every problem listed by row and column; only a
   * file without problems is stored, in one transaction, audited, the totals kept current.
   */
  importFile: procedures
    .forRoles("agency_officer", "standing_office", "admin")
    .input(z.object({ fileName: z.string().trim().min(1).max(200), contentBase64: z.string().min(1).max(40_000_000, "Tệp vượt quá 30 MB") }))
    .mutation(async ({ ctx, input }) => {
      if (!/\.(xlsx|csv)$/i.test(input.fileName)) throw new TRPCError({ code: "BAD_REQUEST", message: "Chỉ nhận tệp .xlsx hoặc .csv." });
      const result = await importValueChunks(ctx.db, ctx.actor, ctx.requestId, readValueFile(input.fileName, Buffer.from(input.contentBase64, "base64")));
      if (result.problemCount === 0) ctx.log.info({ lines: result.lines, written: result.written, cleared: result.cleared, user: ctx.actor.username }, "data values imported");
      return result;
    }),
});
