import { type Kysely, sql } from "kysely";

/**
 * Totals of data values per element, province and period, kept current by the database on every write
 * (statement-level triggers with transition tables: one aggregate per statement, so a bulk import of a million
 * rows updates the totals once, not a million times). The console reads these instead of adding up raw values
 * on every request; a saved value is visible at once — there is no nightly rebuild.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("data_value_totals")
    .addColumn("data_element_id", "text", (c) => c.notNull())
    .addColumn("province_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("total", "double precision", (c) => c.notNull())
    .addColumn("value_count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("data_value_totals_pk", ["data_element_id", "province_code", "period"])
    .execute();

  await sql`
    create function data_value_totals_apply(delta_sign integer, rows_json jsonb) returns void language plpgsql as $$
    begin
      insert into data_value_totals as t (data_element_id, province_code, period, total, value_count)
      select r.data_element_id, r.province_code, r.period, delta_sign * sum(r.value), delta_sign * count(*)
      from jsonb_to_recordset(rows_json) as r(data_element_id text, province_code text, period text, value double precision)
      group by r.data_element_id, r.province_code, r.period
      on conflict (data_element_id, province_code, period)
      do update set total = t.total + excluded.total, value_count = t.value_count + excluded.value_count;
      delete from data_value_totals where value_count = 0;
    end $$`.execute(db);

  await sql`
    create function data_value_totals_on_insert() returns trigger language plpgsql as $$
    begin
      perform data_value_totals_apply(1, (select coalesce(jsonb_agg(n), '[]'::jsonb) from new_rows n));
      return null;
    end $$`.execute(db);
  await sql`
    create function data_value_totals_on_delete() returns trigger language plpgsql as $$
    begin
      perform data_value_totals_apply(-1, (select coalesce(jsonb_agg(o), '[]'::jsonb) from old_rows o));
      return null;
    end $$`.execute(db);
  await sql`
    create function data_value_totals_on_update() returns trigger language plpgsql as $$
    begin
      perform data_value_totals_apply(-1, (select coalesce(jsonb_agg(o), '[]'::jsonb) from old_rows o));
      perform data_value_totals_apply(1, (select coalesce(jsonb_agg(n), '[]'::jsonb) from new_rows n));
      return null;
    end $$`.execute(db);
  await sql`create trigger data_values_totals_insert after insert on data_values referencing new table as new_rows for each statement execute function data_value_totals_on_insert()`.execute(
    db,
  );
  await sql`create trigger data_values_totals_delete after delete on data_values referencing old table as old_rows for each statement execute function data_value_totals_on_delete()`.execute(
    db,
  );
  await sql`create trigger data_values_totals_update after update on data_values referencing old table as old_rows new table as new_rows for each statement execute function data_value_totals_on_update()`.execute(
    db,
  );

  // Values entered before this migration.
  await sql`
    insert into data_value_totals (data_element_id, province_code, period, total, value_count)
    select data_element_id, province_code, period, sum(value), count(*) from data_values group by 1, 2, 3`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger data_values_totals_update on data_values`.execute(db);
  await sql`drop trigger data_values_totals_delete on data_values`.execute(db);
  await sql`drop trigger data_values_totals_insert on data_values`.execute(db);
  await sql`drop function data_value_totals_on_update, data_value_totals_on_delete, data_value_totals_on_insert, data_value_totals_apply`.execute(
    db,
  );
  await db.schema.dropTable("data_value_totals").execute();
}
