/** How big a synthetic dataset is. */
export interface SyntheticScale {
  name: "national" | "small";
  provinces: number;
  /** Communes and wards per province today (after 1/7/2025), drawn in this range. */
  communesPerProvince: readonly [number, number];
  /** Monthly periods, the first and the last (inclusive). */
  firstMonth: string;
  lastMonth: string;
}

/**
 * The whole country after the 2025 reform: 34 provinces, about 3,300 communes and wards (each formed from one to
 * three pre-reform communes, grouped in districts until 30/6/2025), five years of monthly values.
 */
export const nationalScale: SyntheticScale = {
  name: "national",
  provinces: 34,
  communesPerProvince: [64, 130],
  firstMonth: "2021-12",
  lastMonth: "2026-11",
};

/** The same shape in a few provinces and two years: minutes on embedded PGlite. */
export const smallScale: SyntheticScale = {
  name: "small",
  provinces: 3,
  communesPerProvince: [24, 36],
  firstMonth: "2024-12",
  lastMonth: "2026-11",
};

export const syntheticScales = { national: nationalScale, small: smallScale } as const;
export type SyntheticScaleName = keyof typeof syntheticScales;
