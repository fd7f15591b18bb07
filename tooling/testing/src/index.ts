export * from "./testDatabases";
export * from "./logCapture";
