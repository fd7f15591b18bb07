import type { RequestContext } from "./RequestContext";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Records who changed what, when, from what to what. Call it in the same transaction as the change. */
export async function recordAudit(
  ctx: Pick<RequestContext, "db" | "actor" | "requestId">,
  entry: AuditEntry,
): Promise<void> {
  await ctx.db
    .insertInto("audit_log")
    .values({
      actor_user_id: ctx.actor?.userId ?? null,
      request_id: ctx.requestId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}
