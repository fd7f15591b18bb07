import { type Actor, agencyDataReadScope, type AgencyCode } from "@pcmt/domain";
import { sql } from "kysely";
import { z } from "zod";
import { requireAgencyWrite } from "../agencyWrites";
import { procedures, oversightRoles } from "../procedures";
import { recordAudit } from "../recordAudit";
import type { RequestContext } from "../RequestContext";
import { createRouter, TRPCError } from "../trpc";
import type { FieldsSpec, Register, RegisterSchema } from "../../register/registerFields";

/** Columns every register row has, next to its own fields (see createRegisterTable). */
export interface RegisterRowMeta {
  id: string;
  agencyCode: AgencyCode;
  provinceCode: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

const Id = z.uuid("Mã bản ghi không hợp lệ");

type Row = Record<string, unknown>;

function toRegisterRow<T>(row: Row): T & RegisterRowMeta {
  const { agency_code, province_code, created_by: _createdBy, created_at, updated_at, ...rest } = row;
  return {
    ...rest,
    agencyCode: agency_code,
    provinceCode: province_code,
    createdAt: created_at,
    updatedAt: updated_at,
  } as T & RegisterRowMeta;
}

/**
 * The procedures of an agency register: list, create, update (with the version read, so two people editing the
 * same row cannot silently overwrite each other), remove and a count for console widgets. Writes are allowed only
 * to officers of the register's agencies, and only on rows their own agency owns in their own province; every
 * write is audited with its before and after.
 */
export function createRegisterRouter<F extends FieldsSpec>(register: Register<F>) {
  type Fields = z.infer<RegisterSchema<F>>;
  const { table, agencies } = register;
  const fields = register.schema;
  const entityLabel = register.entity.vi;
  const readers = procedures.forAgencies(agencies, [...oversightRoles]);
  const writers = procedures.forAgencies(agencies);
  // A new row belongs to the officer's agency and province: only an officer creates one (an administrator corrects).
  const creators = procedures.forAgencies(agencies, []);

  async function loadOwned(ctx: RequestContext & { actor: Actor }, id: string): Promise<Row> {
    const row = await sql<Row>`select * from ${sql.table(table)} where id = ${id}`
      .execute(ctx.db)
      .then((r) => r.rows[0]);
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: `Không tìm thấy ${entityLabel}.` });
    requireAgencyWrite(ctx.actor, {
      agencyCode: row.agency_code as AgencyCode,
      provinceCode: row.province_code as string,
    });
    return row;
  }

  function ownerOf(actor: Actor): { agencyCode: AgencyCode; provinceCode: string } {
    if (actor.role !== "agency_officer" || !actor.agencyCode || !actor.provinceCode) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `Chỉ cán bộ của cơ quan được giao mới được thêm ${entityLabel}.`,
      });
    }
    return { agencyCode: actor.agencyCode, provinceCode: actor.provinceCode };
  }

  return createRouter({
    list: readers.query(async ({ ctx }) => {
      const scope = agencyDataReadScope(ctx.actor);
      const rows = await sql<Row>`
        select * from ${sql.table(table)}
        where (${scope.agencyCode}::text is null or agency_code = ${scope.agencyCode})
          and (${scope.provinceCode}::text is null or province_code = ${scope.provinceCode})
        order by ${sql.ref(register.orderBy)}`.execute(ctx.db);
      return rows.rows.map((r) => toRegisterRow<Fields>(r));
    }),

    count: readers.query(async ({ ctx }) => {
      const scope = agencyDataReadScope(ctx.actor);
      const result = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(table)}
        where (${scope.agencyCode}::text is null or agency_code = ${scope.agencyCode})
          and (${scope.provinceCode}::text is null or province_code = ${scope.provinceCode})`.execute(ctx.db);
      return result.rows[0]?.n ?? 0;
    }),

    create: creators.input(fields).mutation(async ({ ctx, input }) => {
      const owner = ownerOf(ctx.actor);
      requireAgencyWrite(ctx.actor, owner);
      const values: Row = {
        ...(input as Row),
        agency_code: owner.agencyCode,
        province_code: owner.provinceCode,
        created_by: ctx.actor.userId,
      };
      const columns = Object.keys(values);
      return ctx.db.transaction().execute(async (trx) => {
        const inserted = await sql<Row>`
          insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
          values (${sql.join(columns.map((c) => values[c]))})
          returning *`.execute(trx);
        const row = toRegisterRow<Fields>(inserted.rows[0] as Row);
        await recordAudit(
          { ...ctx, db: trx },
          { action: `${table}.create`, entity: table, entityId: row.id, after: input },
        );
        return row;
      });
    }),

    update: writers
      .input(z.object({ id: Id, expectedVersion: z.number().int().positive(), values: fields }))
      .mutation(async ({ ctx, input: rawInput }) => {
        // TypeScript cannot see through a schema built from the generic TFields; zod has checked it.
        const input = rawInput as { id: string; expectedVersion: number; values: Row };
        return ctx.db.transaction().execute(async (trx) => {
          const before = await loadOwned({ ...ctx, db: trx }, input.id);
          const values = input.values;
          const assignments = Object.keys(values).map((c) => sql`${sql.ref(c)} = ${values[c]}`);
          const updated = await sql<Row>`
            update ${sql.table(table)}
            set ${sql.join(assignments)}, version = version + 1, updated_at = now()
            where id = ${input.id} and version = ${input.expectedVersion}
            returning *`.execute(trx);
          const row = updated.rows[0];
          if (!row) {
            throw new TRPCError({
              code: "CONFLICT",
              message: `${entityLabel} đã được người khác sửa sau khi bạn mở. Hãy tải lại để xem bản mới rồi sửa lại.`,
            });
          }
          await recordAudit(
            { ...ctx, db: trx },
            { action: `${table}.update`, entity: table, entityId: input.id, before, after: row },
          );
          return toRegisterRow<Fields>(row);
        });
      }),

    remove: writers.input(z.object({ id: Id })).mutation(async ({ ctx, input }) => {
      return ctx.db.transaction().execute(async (trx) => {
        const before = await loadOwned({ ...ctx, db: trx }, input.id);
        await sql`delete from ${sql.table(table)} where id = ${input.id}`.execute(trx);
        await recordAudit(
          { ...ctx, db: trx },
          { action: `${table}.remove`, entity: table, entityId: input.id, before },
        );
        return { id: input.id };
      });
    }),
  });
}
