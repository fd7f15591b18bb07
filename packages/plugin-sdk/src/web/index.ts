export * from "./defineWebPlugin";
export * from "./pluginApi";
export { ShellContext, useShell, type ShellState } from "@pcmt/ui";
