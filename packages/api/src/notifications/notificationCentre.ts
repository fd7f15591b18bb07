import type { CoreDatabase, Kysely } from "@pcmt/db";

/** A user's latest notifications, newest first, and how many of theirs are unread. */
export async function myNotifications(db: Kysely<CoreDatabase>, userId: string, limit: number) {
  const items = await db
    .selectFrom("notifications")
    .select(["id", "kind", "report_id as reportId", "params", "created_at as createdAt", "read_at as readAt"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  const unread = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return {
    unread: Number(unread.n),
    items: items.map((i) => ({
      ...i,
      params: i.params as Record<string, string | number>,
      createdAt: new Date(i.createdAt).toISOString(),
      readAt: i.readAt ? new Date(i.readAt).toISOString() : null,
    })),
  };
}

/** Marks a user's own unread notifications read: the given ones, or all. */
export async function markNotificationsRead(
  db: Kysely<CoreDatabase>,
  userId: string,
  ids: readonly string[] | undefined,
): Promise<{ marked: number }> {
  let query = db
    .updateTable("notifications")
    .set({ read_at: new Date() })
    .where("user_id", "=", userId)
    .where("read_at", "is", null);
  if (ids) {
    if (ids.length === 0) return { marked: 0 };
    query = query.where("id", "in", ids);
  }
  const result = await query.executeTakeFirst();
  return { marked: Number(result.numUpdatedRows) };
}
