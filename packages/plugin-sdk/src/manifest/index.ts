export * from "./PluginManifest";
