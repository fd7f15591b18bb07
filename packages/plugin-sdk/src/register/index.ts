export * from "./registerFields";
