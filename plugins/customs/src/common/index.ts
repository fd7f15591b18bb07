export * from "./PrecursorFirm";
