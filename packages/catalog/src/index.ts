export * from "./catalogDocuments";
export * from "./checkCatalogDocument";
export * from "./taskOwnership";
