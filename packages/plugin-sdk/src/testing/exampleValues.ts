import type { z } from "zod";

type Def = {
  type: string;
  format?: string;
  entries?: Record<string, string>;
  innerType?: { _zod: { def: Def } };
  values?: unknown[];
};

/** Texts tried in turn for a text field: a name, a tax code or similar number, a date, an address. */
const textCandidates = ["Mẫu thử", "0123456789", "2026-03-12", "mau@example.vn"];

/** A plausible value for one field of a register's schema: a text the field accepts, the first option, a date, 1, no. */
function exampleOf(def: Def, field?: z.ZodType): unknown {
  switch (def.type) {
    case "string":
      if (def.format === "date") return "2026-03-12";
      return textCandidates.find((c) => field?.safeParse(c).success ?? true) ?? textCandidates[0];
    case "number":
      return 1;
    case "boolean":
      return false;
    case "enum":
      return Object.values(def.entries ?? {})[0];
    case "literal":
      return def.values?.[0];
    case "nullable":
      return null;
    case "optional":
    case "default":
      return def.innerType ? exampleOf(def.innerType._zod.def, def.innerType as unknown as z.ZodType) : undefined;
    default:
      throw new Error(`exampleValues: no example for a field of type ${def.type}`);
  }
}

/**
 * A valid row for a register's fields, made from its zod schema (so generated tests can create one in any
 * plugin's register); checked against the schema, with its message when the guess is not valid.
 */
export function exampleValues<T extends z.ZodObject>(schema: T): z.infer<T> {
  const values = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      exampleOf((field as { _zod: { def: Def } })._zod.def, field as z.ZodType),
    ]),
  );
  const parsed = schema.safeParse(values);
  if (!parsed.success)
    throw new Error(`exampleValues: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}
