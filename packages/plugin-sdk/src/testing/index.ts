export * from "./createPluginTestHarness";
export * from "./checkPluginContract";
