import type { Actor, GridCell } from "@pcmt/domain";
import { countedFor, placeCountRefusal, previousPeriods, validateGrid } from "@pcmt/domain";
import { type RequestContext, recordAudit, TRPCError } from "@pcmt/plugin-sdk";
import { writeDataValues } from "../dataValues/writeDataValues";
import type { ReportRow } from "../reports/reportAccess";
import { type DataGrid, loadDataGrid } from "./dataGrid";
import type { ImportProblem } from "./gridFiles";
import { historyPeriods, judgeValues, loadValueNotes, writeValueNotes } from "./valueNotes";

/** A change to the grid; a value copied from an earlier period says which, until the officer confirms it. */
export type GridChange = GridCell & { copiedFrom?: string | null };

/** How many of a save's changed cells the report's history names one by one. */
const gridSaveDetail = 10;

/**
 * Validates the grid as it would be after the changes and stores all of them, or none: every problem is listed
 * with its place and column. Each changed value is audited with its before and after.
 */
export async function storeChanges(
  ctx: RequestContext & { actor: Actor },
  report: ReportRow,
  grid: DataGrid,
  changes: GridChange[],
  source: { kind: "grid" } | { kind: "file"; fileName: string } = { kind: "grid" },
): Promise<{ stored: number; warned: number; problems: ImportProblem[] }> {
  // An element the platform counts from the places for the period (communes_total from 1/7/2025) is not entered:
  // refused with the reason. In a period it cannot count, it is a column like any other.
  const typedCounts = [
    ...new Map(
      changes.flatMap((c) => {
        const counted = countedFor(c.elementId, grid.period);
        return counted ? [[c.elementId, counted] as const] : [];
      }),
    ),
  ];
  if (typedCounts.length > 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `${typedCounts
        .map(([id, counted]) => placeCountRefusal(grid.counted.find((c) => c.id === id)?.name ?? counted.name, counted))
        .join("; ")}.`,
    });
  }
  const known = new Set(grid.cells.map((c) => `${c.orgUnit}|${c.elementId}`));
  const foreign = changes.filter((c) => !known.has(`${c.orgUnit}|${c.elementId}`));
  if (foreign.length > 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Ô không thuộc biểu của kỳ: ${foreign.map((c) => `${c.orgUnit} / ${c.elementId}`).join(", ")}`,
    });
  }
  const after = new Map(grid.cells.map((c) => [`${c.orgUnit}|${c.elementId}`, c]));
  for (const change of changes) after.set(`${change.orgUnit}|${change.elementId}`, change);
  const names = (id: string) =>
    grid.elements.find((e) => e.id === id)?.name ?? grid.counted.find((c) => c.id === id)?.name ?? id;
  // A whole the platform counts is, in each row, the place itself (1): its parts are checked against it.
  const countedCells = grid.counted.flatMap((c) =>
    grid.units.map((u) => ({ elementId: c.id, orgUnit: u.code, value: c.perPlace })),
  );
  const errors = validateGrid([...after.values(), ...countedCells], {
    parts: grid.parts,
    wholeNumberElements: grid.wholeNumberElements,
    names,
  });
  const unitName = (code: string) => grid.units.find((u) => u.code === code)?.name ?? code;
  if (errors.length > 0) {
    return {
      stored: 0,
      warned: 0,
      problems: errors.map((e) => ({
        row: 0,
        column: names(e.elementId),
        message: `${unitName(e.orgUnit)}: ${e.message}`,
        orgUnit: e.orgUnit,
        elementId: e.elementId,
      })),
    };
  }
  const current = new Map(grid.cells.map((c) => [`${c.orgUnit}|${c.elementId}`, c.value]));
  const changed = changes.filter((c) => current.get(`${c.orgUnit}|${c.elementId}`) !== c.value);
  // A value already stored keeps its copy mark only if the change says so again: typing over it confirms it.
  const copied = new Map(
    (
      await loadValueNotes(
        ctx.db,
        report,
        grid.elements.map((e) => e.id),
      )
    ).map((n) => [`${n.orgUnit}|${n.elementId}`, n.copiedFrom]),
  );
  const noted = changes.filter(
    (c) => changed.includes(c) || (c.copiedFrom ?? null) !== (copied.get(`${c.orgUnit}|${c.elementId}`) ?? null),
  );
  const warnings = await judgeValues(
    ctx.db,
    report,
    changed,
    new Set(grid.elements.filter((e) => e.unit === "person").map((e) => e.id)),
  );
  await ctx.db.transaction().execute(async (trx) => {
    await writeDataValues(
      trx,
      changed.map((c) => ({
        elementId: c.elementId,
        orgUnit: c.orgUnit,
        period: report.period,
        value: c.value,
        agencyCode: report.agency_code,
        provinceCode: report.province_code,
      })),
      { userId: ctx.actor.userId, audit: { requestId: ctx.requestId } },
    );
    await writeValueNotes(
      trx,
      report,
      noted.map((c) => ({
        orgUnit: c.orgUnit,
        elementId: c.elementId,
        copiedFrom: c.value === null ? null : (c.copiedFrom ?? null),
        warnings: warnings.get(`${c.orgUnit}|${c.elementId}`) ?? [],
      })),
    );
    // The report's own history says what was saved, in names (each value's own history keeps every change).
    if (changed.length > 0) {
      await recordAudit(
        { ...ctx, db: trx },
        {
          action: "report.grid_save",
          entity: "report",
          entityId: report.id,
          after: {
            count: changed.length,
            source: source.kind,
            fileName: source.kind === "file" ? source.fileName : null,
            changes: changed.slice(0, gridSaveDetail).map((c) => ({
              place: unitName(c.orgUnit),
              element: names(c.elementId),
              before: current.get(`${c.orgUnit}|${c.elementId}`) ?? null,
              after: c.value,
            })),
          },
        },
      );
    }
  });
  return { stored: changed.length, warned: warnings.size, problems: [] };
}

/**
 * The officer saves changes to a report's grid: a value may only be copied from an earlier period of the same
 * kind; the changes are stored all or none (storeChanges), and the grid comes back as it is now.
 */
export async function saveGrid(ctx: RequestContext & { actor: Actor }, report: ReportRow, changes: GridChange[]) {
  const earlier = new Set(previousPeriods(report.period, historyPeriods));
  if (changes.some((c) => c.copiedFrom != null && !earlier.has(c.copiedFrom))) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Giá trị chỉ được sao chép từ một kỳ trước của cùng loại kỳ.",
    });
  }
  const result = await storeChanges(ctx, report, await loadDataGrid(ctx.db, report), changes);
  return { ...result, grid: publicGrid(await loadDataGrid(ctx.db, report)) };
}

/** The grid as the client sees it. */
export const publicGrid = (grid: DataGrid) => ({
  period: grid.period,
  /** The period whose values the officer may start from (null for a one-off task's report). */
  previousPeriod: previousPeriods(grid.period, 1)[0] ?? null,
  level: grid.level,
  elements: grid.elements,
  units: grid.units,
  cells: grid.cells,
  notes: grid.notes,
  parts: grid.parts,
  wholeNumberElements: [...grid.wholeNumberElements],
  counted: grid.counted,
});
