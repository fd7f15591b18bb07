import { type Kysely, sql } from "kysely";

/**
 * What serving the whole country needs:
 * - documents point at their province by code (`province_code`), resolved from the place hierarchy when the
 *   catalog is loaded, instead of by a display name matched against a list compiled into the code;
 * - the totals triggers aggregate their transition tables directly (no JSON round trip), so a bulk import of a
 *   hundred thousand values costs one grouped upsert;
 * - values are keyed by period, province, element and place: every reader of raw values knows the period
 *   (drill-down, data-entry grid, import checks; series come from the totals), it is the only index a write
 *   maintains, and a month's values — what an import brings — land together at the end of the index instead of
 *   all over a ten-million-row tree.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("catalog_documents").addColumn("province_code", "text").execute();
  await sql`
    update catalog_documents d set province_code = u.code
    from org_units u where u.level = 'province' and lower(u.name) = lower(d.province)`.execute(db);
  await db.schema
    .createIndex("catalog_documents_province_idx")
    .on("catalog_documents")
    .column("province_code")
    .execute();

  await sql`
    create or replace function data_value_totals_on_insert() returns trigger language plpgsql as $$
    begin
      insert into data_value_totals as t (data_element_id, province_code, period, total, value_count)
      select data_element_id, province_code, period, sum(value), count(*) from new_rows group by 1, 2, 3
      on conflict (data_element_id, province_code, period)
      do update set total = t.total + excluded.total, value_count = t.value_count + excluded.value_count;
      return null;
    end $$`.execute(db);
  await sql`
    create or replace function data_value_totals_on_delete() returns trigger language plpgsql as $$
    begin
      insert into data_value_totals as t (data_element_id, province_code, period, total, value_count)
      select data_element_id, province_code, period, -sum(value), -count(*) from old_rows group by 1, 2, 3
      on conflict (data_element_id, province_code, period)
      do update set total = t.total + excluded.total, value_count = t.value_count + excluded.value_count;
      delete from data_value_totals t using (select distinct data_element_id, province_code, period from old_rows) o
      where t.data_element_id = o.data_element_id and t.province_code = o.province_code and t.period = o.period and t.value_count = 0;
      return null;
    end $$`.execute(db);
  await sql`
    create or replace function data_value_totals_on_update() returns trigger language plpgsql as $$
    begin
      insert into data_value_totals as t (data_element_id, province_code, period, total, value_count)
      select data_element_id, province_code, period, sum(value), sum(n) from (
        select data_element_id, province_code, period, -value as value, -1 as n from old_rows
        union all
        select data_element_id, province_code, period, value, 1 from new_rows
      ) d group by 1, 2, 3
      on conflict (data_element_id, province_code, period)
      do update set total = t.total + excluded.total, value_count = t.value_count + excluded.value_count;
      delete from data_value_totals t using (select distinct data_element_id, province_code, period from old_rows) o
      where t.data_element_id = o.data_element_id and t.province_code = o.province_code and t.period = o.period and t.value_count = 0;
      return null;
    end $$`.execute(db);
  await sql`drop function data_value_totals_apply`.execute(db);

  // The national view reads every province's totals of the last few periods.
  await db.schema.createIndex("data_value_totals_period_idx").on("data_value_totals").column("period").execute();
  await db.schema.dropIndex("data_values_province_period_idx").execute();
  await sql`alter table data_values drop constraint data_values_pk`.execute(db);
  await sql`alter table data_values add constraint data_values_pk primary key (period, province_code, data_element_id, org_unit_code)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("data_value_totals_period_idx").execute();
  await sql`alter table data_values drop constraint data_values_pk`.execute(db);
  await sql`alter table data_values add constraint data_values_pk primary key (data_element_id, org_unit_code, period)`.execute(
    db,
  );
  await db.schema
    .createIndex("data_values_province_period_idx")
    .on("data_values")
    .columns(["province_code", "period"])
    .execute();
  await db.schema.dropIndex("catalog_documents_province_idx").execute();
  await db.schema.alterTable("catalog_documents").dropColumn("province_code").execute();
}
