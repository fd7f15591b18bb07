export * from "./testDatabases";
export * from "./logCapture";
export * from "./testSmtpServer";
