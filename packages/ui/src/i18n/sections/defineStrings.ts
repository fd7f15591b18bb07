/** A screen's strings in both languages: the English must have every key the Vietnamese has (checked by the type). */
export type Strings<T> = { vi: T; en: T };

export function defineStrings<const T>(vi: T, en: NoInfer<Widen<T>>): Strings<Widen<T>> {
  return { vi: vi as Widen<T>, en };
}

/** String literals widened to string, so that the English is not asked to equal the Vietnamese. */
export type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
