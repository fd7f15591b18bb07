import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";

/** One value to store (a number) or to clear (null), with the agency and province it belongs to. */
export interface DataValueWrite {
  elementId: string;
  orgUnit: string;
  period: string;
  value: number | null;
  agencyCode: string;
  provinceCode: string;
}

export interface WriteOptions {
  /** Who entered the values (null for a dataset loaded by the platform itself). */
  userId: string | null;
  /** Recorded with each audit row; null skips the per-value audit (a generated dataset is nobody's change). */
  audit: { requestId: string | null } | null;
}

/** Rows per statement: large enough to amortise the round trip, small enough for the parameter arrays. */
const chunkSize = 20_000;

/** The key audit rows and value history use for one value. */
export const dataValueKey = (elementId: string, orgUnit: string, period: string) => `${elementId}|${orgUnit}|${period}`;

function columns(rows: readonly DataValueWrite[]) {
  return {
    elements: rows.map((r) => r.elementId),
    units: rows.map((r) => r.orgUnit),
    periods: rows.map((r) => r.period),
    values: rows.map((r) => r.value),
    agencies: rows.map((r) => r.agencyCode),
    provinces: rows.map((r) => r.provinceCode),
  };
}

async function upsertChunk(db: Kysely<CoreDatabase>, rows: readonly DataValueWrite[], options: WriteOptions): Promise<number> {
  const c = columns(rows);
  const input = sql`select * from unnest(${c.elements}::text[], ${c.units}::text[], ${c.periods}::text[], ${c.values}::float8[], ${c.agencies}::text[], ${c.provinces}::text[])
    as i(data_element_id, org_unit_code, period, value, agency_code, province_code)`;
  // One statement: read what was there, upsert (skipping values that did not change), audit what did change.
  // The totals triggers see the whole statement at once.
  const result = await sql<{ n: number }>`
    with input as (${input}),
    previous as (
      select d.data_element_id, d.org_unit_code, d.period, d.value from data_values d
      join input i on i.province_code = d.province_code and i.data_element_id = d.data_element_id and i.period = d.period and i.org_unit_code = d.org_unit_code
    ),
    written as (
      insert into data_values as d (data_element_id, org_unit_code, period, value, agency_code, province_code, entered_by)
      select data_element_id, org_unit_code, period, value, agency_code, province_code, ${options.userId}::uuid from input
      on conflict (province_code, data_element_id, period, org_unit_code) do update
        set value = excluded.value, entered_by = excluded.entered_by, entered_at = now(), version = d.version + 1
        where d.value is distinct from excluded.value
      returning d.data_element_id, d.org_unit_code, d.period, d.value
    ),
    audited as (
      insert into audit_log (actor_user_id, request_id, action, entity, entity_id, before, after)
      select ${options.userId}::uuid, ${options.audit?.requestId ?? null}, 'data_value.set', 'data_value',
        w.data_element_id || '|' || w.org_unit_code || '|' || w.period, to_jsonb(p.value), to_jsonb(w.value)
      from written w left join previous p on p.data_element_id = w.data_element_id and p.org_unit_code = w.org_unit_code and p.period = w.period
      where ${options.audit !== null}
      returning 1
    )
    select count(*)::int as n from written`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

async function deleteChunk(db: Kysely<CoreDatabase>, rows: readonly DataValueWrite[], options: WriteOptions): Promise<number> {
  const c = columns(rows);
  const result = await sql<{ n: number }>`
    with removed as (
      delete from data_values d using unnest(${c.provinces}::text[], ${c.elements}::text[], ${c.periods}::text[], ${c.units}::text[]) as i(province_code, data_element_id, period, org_unit_code)
      where d.province_code = i.province_code and d.data_element_id = i.data_element_id and d.period = i.period and d.org_unit_code = i.org_unit_code
      returning d.data_element_id, d.org_unit_code, d.period, d.value
    ),
    audited as (
      insert into audit_log (actor_user_id, request_id, action, entity, entity_id, before, after)
      select ${options.userId}::uuid, ${options.audit?.requestId ?? null}, 'data_value.set', 'data_value',
        r.data_element_id || '|' || r.org_unit_code || '|' || r.period, to_jsonb(r.value), null
      from removed r where ${options.audit !== null}
      returning 1
    )
    select count(*)::int as n from removed`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * Stores values set-based: a few statements per twenty thousand values instead of one per value, each value's
 * change audited (before and after) in the same statement, the province totals kept current by the database's
 * triggers. Unchanged values are not rewritten. Call inside a transaction for all-or-nothing.
 * Returns how many values were written and how many cleared.
 */
export async function writeDataValues(db: Kysely<CoreDatabase>, rows: readonly DataValueWrite[], options: WriteOptions): Promise<{ written: number; cleared: number }> {
  const toStore = rows.filter((r) => r.value !== null);
  const toClear = rows.filter((r) => r.value === null);
  let written = 0;
  let cleared = 0;
  for (let i = 0; i < toStore.length; i += chunkSize) written += await upsertChunk(db, toStore.slice(i, i + chunkSize), options);
  for (let i = 0; i < toClear.length; i += chunkSize) cleared += await deleteChunk(db, toClear.slice(i, i + chunkSize), options);
  return { written, cleared };
}
