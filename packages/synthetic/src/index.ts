export * from "./random";
export * from "./scales";
export * from "./syntheticPlaces";
export * from "./syntheticDocument";
export * from "./syntheticDataset";
export * from "./loadSyntheticDataset";
