/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê … with tones after the letter): "Ái Tử", "Đakrông" and "Đông Hà"
 * sort where a Vietnamese reader looks for them, not after "Z" as by code points.
 */
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export const compareVietnamese = (a: string, b: string) => collator.compare(a, b);

export function sortByVietnameseName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareVietnamese(a.name, b.name));
}
