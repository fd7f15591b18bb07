/** How one column of an agency register is shown and edited. */
export interface RegisterField {
  /** Column name, as in the register's zod schema. */
  name: string;
  label: { vi: string; en: string };
  kind: "text" | "number" | "date" | "boolean" | "select";
  /** For kind "select": stored value and its label in both languages. */
  options?: { value: string; label: { vi: string; en: string } }[];
}

export type RegisterValues = Record<string, string | number | boolean | null>;

/** Blank form values for a new record. */
export function emptyValues(fields: RegisterField[]): RegisterValues {
  return Object.fromEntries(
    fields.map((f) => [
      f.name,
      f.kind === "boolean"
        ? false
        : f.kind === "number"
          ? null
          : f.kind === "select"
            ? (f.options?.[0]?.value ?? "")
            : "",
    ]),
  );
}

/** Form values → schema input: empty optional dates become null, numbers stay numbers. */
export function toInput(fields: RegisterField[], values: RegisterValues): RegisterValues {
  return Object.fromEntries(
    fields.map((f) => {
      const value = values[f.name];
      if (f.kind === "date" && value === "") return [f.name, null];
      if (f.kind === "number" && (value === "" || value === undefined)) return [f.name, null];
      return [f.name, value ?? null];
    }),
  );
}
