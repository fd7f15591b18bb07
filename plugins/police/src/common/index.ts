export * from "./DrugHotspot";
