import type { CoreDatabase, Kysely } from "@pcmt/db";
import type { ReportRow } from "./reportAccess";

/** One step of a report's life, with what a person needs to read it as a sentence (the web composes it). */
export type ReportHistoryEntry = {
  id: string;
  at: string;
  actor: string | null;
} & (
  | { action: "report.create" | "report.accept" | "report.submit"; submission?: number }
  | { action: "report.return" | "report.reopen"; reason: string | null }
  | {
      action: "report.save";
      summaryChanged: boolean;
      tasksChanged: number;
      statusChanges: { ref: string; from: string | null; to: string }[];
    }
  | { action: "report.evidence"; fileName: string; sizeBytes: number | null }
  | { action: "report.evidence.remove"; fileName: string }
  | {
      action: "report.grid_save";
      count: number;
      source: "grid" | "file";
      fileName: string | null;
      changes: { place: string; element: string; before: number | null; after: number | null }[];
    }
  | { action: "report.copies_confirmed"; count: number }
  | { action: "report.comment"; target: string }
  | { action: "report.comment_reply" | "report.comment_resolve" }
  | { action: "other"; name: string }
);

type Snapshot = { summary?: string; items?: { taskId: string; status: string; narrative: string }[] };

/** What a draft save changed: the summary, how many tasks, which statuses. */
function saveChanges(before: Snapshot | null, after: Snapshot | null, refOf: (taskId: string) => string) {
  const previous = new Map((before?.items ?? []).map((i) => [i.taskId, i]));
  let tasksChanged = 0;
  const statusChanges: { ref: string; from: string | null; to: string }[] = [];
  for (const item of after?.items ?? []) {
    const was = previous.get(item.taskId);
    if (!was || was.status !== item.status || was.narrative !== item.narrative) tasksChanged++;
    if (was?.status !== item.status)
      statusChanges.push({ ref: refOf(item.taskId), from: was?.status ?? null, to: item.status });
  }
  return { summaryChanged: (before?.summary ?? "") !== (after?.summary ?? ""), tasksChanged, statusChanges };
}

/**
 * A report's history from the audit log: who did what and when, each step with its details in names (tasks by
 * their reference, places and data elements by their names), submissions numbered, the grid's saves included.
 */
export async function reportHistory(db: Kysely<CoreDatabase>, report: ReportRow): Promise<ReportHistoryEntry[]> {
  const rows = await db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_user_id")
    .select([
      "audit_log.id",
      "audit_log.at",
      "audit_log.action",
      "users.display_name as actor",
      "audit_log.before",
      "audit_log.after",
    ])
    .where("entity", "=", "report")
    .where("entity_id", "=", report.id)
    .orderBy("audit_log.at")
    .orderBy("audit_log.id")
    .execute();
  const tasks = await db
    .selectFrom("report_items")
    .innerJoin("catalog_tasks", "catalog_tasks.id", "report_items.task_id")
    .select(["report_items.task_id", "catalog_tasks.ref"])
    .where("report_items.report_id", "=", report.id)
    .execute();
  const refs = new Map(tasks.map((t) => [t.task_id, t.ref]));
  const refOf = (taskId: string) => refs.get(taskId) ?? taskId;
  let submissions = 0;
  return rows.map((row): ReportHistoryEntry => {
    const base = { id: String(row.id), at: new Date(row.at).toISOString(), actor: row.actor };
    const after = (row.after ?? {}) as Record<string, unknown>;
    const before = (row.before ?? {}) as Record<string, unknown>;
    switch (row.action) {
      case "report.create":
      case "report.accept":
        return { ...base, action: row.action };
      case "report.submit":
        submissions++;
        return { ...base, action: "report.submit", submission: submissions };
      case "report.return":
      case "report.reopen":
        return { ...base, action: row.action, reason: typeof after.reason === "string" ? after.reason : null };
      case "report.save":
        return {
          ...base,
          action: "report.save",
          ...saveChanges(row.before as Snapshot | null, row.after as Snapshot | null, refOf),
        };
      case "report.evidence":
        return {
          ...base,
          action: "report.evidence",
          fileName: String(after.fileName ?? ""),
          sizeBytes: typeof after.size === "number" ? after.size : null,
        };
      case "report.evidence.remove":
        return { ...base, action: "report.evidence.remove", fileName: String(before.fileName ?? "") };
      case "report.comment":
        return { ...base, action: "report.comment", target: String(after.target ?? "") };
      case "report.comment_reply":
      case "report.comment_resolve":
        return { ...base, action: row.action };
      case "report.copies_confirmed":
        return { ...base, action: "report.copies_confirmed", count: Number(after.count ?? 0) };
      case "report.grid_save":
        return {
          ...base,
          action: "report.grid_save",
          count: Number(after.count ?? 0),
          source: after.source === "file" ? "file" : "grid",
          fileName: typeof after.fileName === "string" ? after.fileName : null,
          changes: Array.isArray(after.changes)
            ? (after.changes as { place: string; element: string; before: number | null; after: number | null }[])
            : [],
        };
      default:
        return { ...base, action: "other", name: row.action };
    }
  });
}
