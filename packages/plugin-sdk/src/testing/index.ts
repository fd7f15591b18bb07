export * from "./createPluginTestHarness";
