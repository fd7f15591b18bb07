import type { AgencyCode } from "@pcmt/domain";
import { z } from "zod";

export type Label = { vi: string; en: string };

/** How a field is stored: the column's type as information_schema names it, and whether it may be empty. */
export interface ColumnSpec {
  type: "text" | "integer" | "double precision" | "date" | "boolean";
  nullable: boolean;
}

/** One field of a register: its label, how it is edited, how it is validated, and the column that holds it. */
export interface RegisterFieldSpec<T extends z.ZodType = z.ZodType> {
  label: Label;
  kind: "text" | "number" | "date" | "boolean" | "select";
  options?: { value: string; label: Label }[];
  schema: T;
  column: ColumnSpec;
}

/** The label as messages name the field: without a trailing unit in brackets ("Công suất (người)" → "Công suất"). */
const named = (label: Label) => label.vi.replace(/\s*\([^)]*\)\s*$/, "");
const lower = (label: Label) => named(label).charAt(0).toLowerCase() + named(label).slice(1);

/** A line of text; required unless `optional`; at most `max` characters; optionally a pattern with its message. */
function text(
  label: Label,
  options: { max?: number; pattern?: { regex: RegExp; message: string } } = {},
): RegisterFieldSpec<z.ZodString> {
  let schema = z.string().trim();
  schema = options.pattern
    ? schema.regex(options.pattern.regex, options.pattern.message)
    : schema.min(1, `Nhập ${lower(label)}`);
  return {
    label,
    kind: "text",
    schema: schema.max(options.max ?? 300, `${named(label)} dài tối đa ${options.max ?? 300} ký tự`),
    column: { type: "text", nullable: false },
  };
}

/** A whole number, not below `min` (0 by default). */
function integer(label: Label, options: { min?: number; max?: number } = {}): RegisterFieldSpec<z.ZodNumber> {
  const min = options.min ?? 0;
  const schema = z
    .number(`${named(label)} phải là số`)
    .int(`${named(label)} phải là số nguyên`)
    .min(min, min === 0 ? `${named(label)} không được âm` : `${named(label)} không được nhỏ hơn ${min}`)
    .max(options.max ?? 1_000_000, `${named(label)} không được lớn hơn ${options.max ?? 1_000_000}`);
  return { label, kind: "number", schema, column: { type: "integer", nullable: false } };
}

/** A measure above zero (an area, a weight). */
function positiveNumber(label: Label, options: { max?: number } = {}): RegisterFieldSpec<z.ZodNumber> {
  const schema = z
    .number(`${named(label)} phải là số`)
    .positive(`${named(label)} phải lớn hơn 0`)
    .max(options.max ?? 10_000_000);
  return { label, kind: "number", schema, column: { type: "double precision", nullable: false } };
}

/** A calendar day (YYYY-MM-DD). */
function date(label: Label): RegisterFieldSpec<z.ZodISODate> {
  return {
    label,
    kind: "date",
    schema: z.iso.date(`${named(label)} phải có dạng YYYY-MM-DD`),
    column: { type: "date", nullable: false },
  };
}

/** A calendar day that may be left empty. */
function optionalDate(label: Label): RegisterFieldSpec<z.ZodNullable<z.ZodISODate>> {
  return {
    label,
    kind: "date",
    schema: z.iso.date(`${named(label)} phải có dạng YYYY-MM-DD`).nullable(),
    column: { type: "date", nullable: true },
  };
}

/** Yes or no. */
function yesNo(label: Label): RegisterFieldSpec<z.ZodBoolean> {
  return {
    label,
    kind: "boolean",
    schema: z.boolean(`${named(label)} phải là có hoặc không`),
    column: { type: "boolean", nullable: false },
  };
}

/** One of a few values, each with its label. */
function choice<const V extends string>(
  label: Label,
  options: readonly { value: V; label: Label }[],
): RegisterFieldSpec<z.ZodEnum<{ [K in V]: K }>> {
  const values = options.map((o) => o.value) as [V, ...V[]];
  const schema = z.enum(
    values,
    `${named(label)} phải là ${options.map((o) => o.label.vi.toLowerCase()).join(" hoặc ")}`,
  ) as unknown as z.ZodEnum<{ [K in V]: K }>;
  return { label, kind: "select", options: [...options], schema, column: { type: "text", nullable: false } };
}

/** The kinds of register fields: `field.text(label)`, `field.integer(label, { max })`, `field.choice(label, options)`… */
export const field = { text, integer, positiveNumber, date, optionalDate, yesNo, choice };

export type FieldsSpec = Record<string, RegisterFieldSpec>;
export type RegisterSchema<F extends FieldsSpec> = z.ZodObject<{ [K in keyof F]: F[K]["schema"] }>;

/** A register (sổ theo dõi) as a plugin declares it, once: everything else — validation, form, list, API — follows. */
export interface RegisterSpec<F extends FieldsSpec = FieldsSpec> {
  /** The table made by createRegisterTable in the plugin's migration, prefixed with the plugin id. */
  table: string;
  /** Agencies whose officers keep this register. */
  agencies: readonly AgencyCode[];
  /** The register's title on its page and widget. */
  title: Label;
  /** What one row is called, for messages and the audit log ("cơ sở điều trị Methadone"). */
  entity: Label;
  fields: F;
  /** Field to sort the list by. */
  orderBy: keyof F & string;
  /** Rules across fields (patients ≤ capacity), with the field the message goes to. */
  rules?: readonly { check: (row: z.infer<RegisterSchema<F>>) => boolean; message: string; path: keyof F & string }[];
}

export interface Register<F extends FieldsSpec = FieldsSpec> extends RegisterSpec<F> {
  /** The same schema validates the web form and the procedure's input. */
  schema: RegisterSchema<F>;
  /** The fields as the page shows and edits them, in order. */
  formFields: {
    name: string;
    label: Label;
    kind: RegisterFieldSpec["kind"];
    options?: { value: string; label: Label }[];
  }[];
  /** The columns the plugin's migration must create, checked by checkPluginContract. */
  columns: Record<string, ColumnSpec>;
}

/**
 * Declares a register once: its fields (label in both languages, kind, constraints, column) and where it is kept.
 * The plugin still writes its migration; the contract check compares it with `columns`.
 */
export function defineRegister<const F extends FieldsSpec>(spec: RegisterSpec<F>): Register<F> {
  const shape = Object.fromEntries(Object.entries(spec.fields).map(([name, field]) => [name, field.schema])) as {
    [K in keyof F]: F[K]["schema"];
  };
  let object: z.ZodType = z.object(shape);
  for (const rule of spec.rules ?? [])
    object = object.refine((row) => rule.check(row as z.infer<RegisterSchema<F>>), {
      message: rule.message,
      path: [rule.path],
    });
  return {
    ...spec,
    schema: object as unknown as RegisterSchema<F>,
    formFields: Object.entries(spec.fields).map(([name, field]) => ({
      name,
      label: field.label,
      kind: field.kind,
      ...(field.options ? { options: field.options } : {}),
    })),
    columns: Object.fromEntries(Object.entries(spec.fields).map(([name, field]) => [name, field.column])),
  };
}
