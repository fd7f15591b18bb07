export * from "./createPluginTestHarness";
export * from "./checkPluginContract";
export * from "./exampleValues";
