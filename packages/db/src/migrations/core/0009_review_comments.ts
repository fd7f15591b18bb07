import { type Kysely, sql } from "kysely";

/**
 * Review down to the field: the standing office comments on a task or a cell of a report, the agency answers in
 * the same thread. Each comment keeps what its target held when it was written (the task's status and result, the
 * cell's value), so that a resubmission shows, per comment, what changed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("report_comments")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("report_id", "uuid", (c) => c.notNull().references("reports.id").onDelete("cascade"))
    // null for the comment that opens a thread; the opening comment's id for the answers.
    .addColumn("thread_id", "uuid", (c) => c.references("report_comments.id").onDelete("cascade"))
    .addColumn("task_id", "text")
    .addColumn("org_unit_code", "text")
    .addColumn("data_element_id", "text")
    .addColumn("author_user_id", "uuid", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("target_then", "jsonb")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("resolved_at", "timestamptz")
    .addColumn("resolved_by", "uuid")
    .addCheckConstraint(
      "report_comments_target_ck",
      sql`(task_id is not null) <> (org_unit_code is not null and data_element_id is not null) or thread_id is not null`,
    )
    .execute();
  await db.schema
    .createIndex("report_comments_report_idx")
    .on("report_comments")
    .columns(["report_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("report_comments").execute();
}
