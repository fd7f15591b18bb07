import { bulkTransaction, type CoreDatabase, type Kysely } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import { z } from "@pcmt/plugin-sdk";
import type { ImportProblem } from "../dataEntry/gridFiles";
import { ValueLineChecker } from "./importValues";
import { readSheet } from "../spreadsheets/readSheet";
import { sheetKindOf } from "../spreadsheets/readSheetRows";
import { defineFileUpload } from "../uploads/fileUpload";
import { readValueFile, type ValueFileChunk } from "./valueFile";
import { type DataValueWrite, DataValueWriter } from "./writeDataValues";

/** Thrown inside the writing transaction to roll it back: the checker holds the problems. */
class ImportRefused extends Error {}

/**
 * Stores a value file all or nothing. First every line is read and checked, outside any transaction (the embedded
 * database has one connection: a transaction held while a large file is read would keep every other request
 * waiting); every problem is listed. Only a file without problems is written, in one transaction, where what others
 * may have changed meanwhile is checked again (reports sent since, parts against wholes stored since); any problem
 * there rolls everything back.
 */
export async function importValueChunks(
  db: Kysely<CoreDatabase>,
  actor: Actor,
  requestId: string | null,
  chunks: AsyncIterable<ValueFileChunk> | Iterable<ValueFileChunk>,
) {
  const checker = await ValueLineChecker.create(db, actor);
  let lines = 0;
  const refused = () => ({
    lines,
    written: 0,
    cleared: 0,
    unchanged: 0,
    problems: checker.sortedProblems(),
    problemCount: checker.problemCount,
  });
  const writes: DataValueWrite[][] = [];
  for await (const chunk of chunks) {
    lines += chunk.lines.length;
    for (const p of chunk.problems) checker.problem(p.row, p.column, p.message);
    const checked = checker.check(chunk.lines);
    // Once any problem is found nothing will be written: the rest is only checked, to list every problem.
    if (checker.problemCount === 0) writes.push(checked);
    else writes.length = 0;
  }
  if (lines === 0 && checker.problemCount === 0) checker.problem(2, "", "Tệp không có dòng số liệu nào.");
  if (checker.problemCount === 0) await checker.checkParts(db);
  if (checker.problemCount > 0) return refused();
  try {
    const result = await bulkTransaction(db, async (trx, copy) => {
      await checker.checkFrozenSince(trx);
      await checker.checkParts(trx);
      if (checker.problemCount > 0) throw new ImportRefused();
      const writer = new DataValueWriter(trx, { userId: actor.userId, audit: { requestId }, copy });
      for (const chunk of writes) await writer.store(await writer.prepare(chunk));
      return writer.finish();
    });
    return {
      lines,
      ...result,
      unchanged: lines - result.written - result.cleared,
      problems: [] as ImportProblem[],
      problemCount: 0,
    };
  } catch (error) {
    if (error instanceof ImportRefused) return refused();
    throw error;
  }
}

const megabytes = (n: number) => n * 1024 * 1024;

/**
 * A value file, stored all or nothing (`POST /api/files/data-values`): values across places and periods at once — a
 * year of history, a province's migration from spreadsheets. Every line is checked and every problem listed by row
 * and column; only a file without problems is stored, in one transaction, audited, the totals kept current.
 */
export const importValueFileUpload = defineFileUpload({
  name: "data-values",
  roles: ["agency_officer", "standing_office", "admin"],
  maxBytes: megabytes(40),
  extensions: ["csv", "xlsx"],
  fields: z.object({}),
  readsSpreadsheet: true,
  async receive(ctx, _fields, file) {
    const sheet = readSheet(file.path, sheetKindOf(file.fileName)!);
    const result = await importValueChunks(ctx.db, ctx.actor, ctx.requestId, readValueFile(sheet));
    if (result.problemCount === 0)
      ctx.log.info(
        { lines: result.lines, written: result.written, cleared: result.cleared, user: ctx.actor.username },
        "data values imported",
      );
    return result;
  },
});
