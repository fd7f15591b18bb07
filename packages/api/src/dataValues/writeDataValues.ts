import { type CoreDatabase, type CopyRows, type Kysely, sql } from "@pcmt/db";
import { TRPCError } from "@pcmt/plugin-sdk";

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
  /** COPY on the transaction's connection (PostgreSQL, see bulkTransaction): new values are streamed in with it. */
  copy?: CopyRows | null;
  /** Who entered the values (null for a dataset loaded by the platform itself). */
  userId: string | null;
  /** Recorded with each audit row; null skips the audit (a generated dataset is nobody's change). */
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

async function upsertChunk(
  db: Kysely<CoreDatabase>,
  rows: readonly DataValueWrite[],
  options: WriteOptions,
): Promise<number> {
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
      on conflict (period, province_code, data_element_id, org_unit_code) do update
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

async function deleteChunk(
  db: Kysely<CoreDatabase>,
  rows: readonly DataValueWrite[],
  options: WriteOptions,
): Promise<number> {
  const c = columns(rows);
  const result = await sql<{ n: number }>`
    with removed as (
      delete from data_values d using unnest(${c.periods}::text[], ${c.provinces}::text[], ${c.elements}::text[], ${c.units}::text[]) as i(period, province_code, data_element_id, org_unit_code)
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

/** Values of periods and provinces that hold none yet: a plain insert, no lookup of what was there. */
async function insertChunk(
  db: Kysely<CoreDatabase>,
  rows: readonly DataValueWrite[],
  options: WriteOptions,
): Promise<number> {
  if (options.copy) {
    // Codes of elements, places, periods, agencies and provinces are checked against the catalog and patterns
    // without tabs, newlines or backslashes: the lines need no escaping; anything else takes the escaping path.
    const enteredBy = options.userId ?? "\\N";
    const plain = /^[A-Za-z0-9_.#§-]*$/;
    const lines = rows.map((r) =>
      plain.test(r.elementId) && plain.test(r.orgUnit) && plain.test(r.period)
        ? `${r.elementId}\t${r.orgUnit}\t${r.period}\t${r.value}\t${r.agencyCode}\t${r.provinceCode}\t${enteredBy}`
        : [r.elementId, r.orgUnit, r.period, r.value, r.agencyCode, r.provinceCode, options.userId],
    );
    return options.copy(
      "data_values",
      ["data_element_id", "org_unit_code", "period", "value", "agency_code", "province_code", "entered_by"],
      lines,
    );
  }
  const c = columns(rows);
  const result = await sql`
    insert into data_values (data_element_id, org_unit_code, period, value, agency_code, province_code, entered_by)
    select i.*, ${options.userId}::uuid from unnest(${c.elements}::text[], ${c.units}::text[], ${c.periods}::text[], ${c.values}::float8[], ${c.agencies}::text[], ${c.provinces}::text[]) as i`.execute(
    db,
  );
  return Number(result.numAffectedRows ?? rows.length);
}

/** The (period, province) pairs among these that already hold values. */
async function occupiedPairs(db: Kysely<CoreDatabase>, pairs: readonly string[]): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const split = pairs.map((p) => p.split("|") as [string, string]);
  const found = await sql<{ period: string; province_code: string }>`
    select k.period, k.province_code from unnest(${split.map((p) => p[0])}::text[], ${split.map((p) => p[1])}::text[]) as k(period, province_code)
    where exists (select 1 from data_values d where d.period = k.period and d.province_code = k.province_code)`.execute(
    db,
  );
  return new Set(found.rows.map((r) => `${r.period}|${r.province_code}`));
}

const pairOf = (r: DataValueWrite) => `${r.period}|${r.provinceCode}`;

/** Rows sorted by how they are stored (see DataValueWriter.prepare). */
export interface PreparedWrite {
  fresh: DataValueWrite[];
  replacing: DataValueWrite[];
  clearing: DataValueWrite[];
}

/**
 * Stores values set-based, a few statements per twenty thousand values instead of one per value, the province
 * totals kept current by the database's triggers. Values for a period and province that held none when the
 * writer first saw them (a new month's import) are inserted plainly and audited as one batch at `finish` (who,
 * which periods, provinces and elements; nothing was overwritten); values that may replace stored ones are
 * upserted, unchanged ones skipped, each change audited with its before and after. `write` may be called many
 * times (an import in chunks) inside one transaction: all or nothing.
 */
export class DataValueWriter {
  #fresh = new Set<string>();
  #occupied = new Set<string>();
  #batch = { count: 0, periods: new Set<string>(), provinces: new Set<string>(), elements: new Set<string>() };
  written = 0;
  cleared = 0;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly options: WriteOptions,
  ) {}

  /** Rows whose keys are unique within the call (later duplicates would fail the insert: pass them deduplicated). */
  async write(rows: readonly DataValueWrite[]): Promise<void> {
    await this.store(await this.prepare(rows));
  }

  /** Sorts rows into new values (plain insert) and possible replacements: one small query for unseen periods. */
  async prepare(rows: readonly DataValueWrite[]): Promise<PreparedWrite> {
    const clearing: DataValueWrite[] = [];
    const toStore: DataValueWrite[] = [];
    const pairs: string[] = [];
    for (const r of rows) {
      if (r.value === null) clearing.push(r);
      else {
        toStore.push(r);
        pairs.push(pairOf(r));
      }
    }
    const unseen = [...new Set(pairs)].filter((p) => !this.#fresh.has(p) && !this.#occupied.has(p));
    const occupied = await occupiedPairs(this.db, unseen);
    for (const p of unseen) (occupied.has(p) ? this.#occupied : this.#fresh).add(p);
    const fresh: DataValueWrite[] = [];
    const replacing: DataValueWrite[] = [];
    toStore.forEach((r, i) => (this.#fresh.has(pairs[i]!) ? fresh : replacing).push(r));
    return { fresh, replacing, clearing };
  }

  /** Stores prepared rows; the first statement is sent before this returns its promise. */
  async store(prepared: PreparedWrite): Promise<void> {
    const { fresh, replacing, clearing } = prepared;
    try {
      for (let i = 0; i < fresh.length; i += chunkSize)
        this.written += await insertChunk(this.db, fresh.slice(i, i + chunkSize), this.options);
    } catch (error) {
      // Another import stored values of the same period and province meanwhile: this one changes nothing.
      if ((error as { code?: string }).code === "23505")
        throw new TRPCError({
          code: "CONFLICT",
          message: "Số liệu của kỳ này vừa được nhập cùng lúc từ nơi khác: không lưu gì. Hãy nhập lại tệp.",
        });
      throw error;
    }
    for (const r of fresh) {
      this.#batch.periods.add(r.period);
      this.#batch.provinces.add(r.provinceCode);
      this.#batch.elements.add(r.elementId);
    }
    this.#batch.count += fresh.length;
    for (let i = 0; i < replacing.length; i += chunkSize)
      this.written += await upsertChunk(this.db, replacing.slice(i, i + chunkSize), this.options);
    for (let i = 0; i < clearing.length; i += chunkSize)
      this.cleared += await deleteChunk(this.db, clearing.slice(i, i + chunkSize), this.options);
  }

  /** Records the batch of new values in the audit log; returns how many values were written and cleared. */
  async finish(): Promise<{ written: number; cleared: number }> {
    if (this.#batch.count > 0 && this.options.audit) {
      const sorted = (set: Set<string>) => [...set].sort();
      await this.db
        .insertInto("audit_log")
        .values({
          actor_user_id: this.options.userId,
          request_id: this.options.audit.requestId,
          action: "data_value.insert_batch",
          entity: "data_value_batch",
          entity_id: this.options.audit.requestId,
          before: null,
          after: JSON.stringify({
            count: this.#batch.count,
            periods: sorted(this.#batch.periods),
            provinces: sorted(this.#batch.provinces),
            elements: sorted(this.#batch.elements),
          }),
        })
        .execute();
    }
    return { written: this.written, cleared: this.cleared };
  }
}

/** Writes values in one go (see DataValueWriter); later keys win over earlier duplicates. */
export async function writeDataValues(
  db: Kysely<CoreDatabase>,
  rows: readonly DataValueWrite[],
  options: WriteOptions,
): Promise<{ written: number; cleared: number }> {
  const unique = [
    ...new Map(rows.map((r) => [`${r.period}|${r.provinceCode}|${r.elementId}|${r.orgUnit}`, r])).values(),
  ];
  const writer = new DataValueWriter(db, options);
  await writer.write(unique);
  return writer.finish();
}
