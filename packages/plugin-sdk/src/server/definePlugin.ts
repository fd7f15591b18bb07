import type { MigrationSet } from "@pcmt/db";
import type { AgencyCode } from "@pcmt/domain";
import type { AnyTRPCRouter } from "@trpc/server";
import type { ConsoleWidget } from "../manifest/PluginManifest";
import type { Register } from "../register/registerFields";

/** The server side of a plugin: everything the core needs to know, declared in one place. */
export interface PluginDefinition<TId extends string = string, TRouter extends AnyTRPCRouter = AnyTRPCRouter> {
  /** Stable id: the package is @pcmt/plugin-<id>, its tables are <id>_*, its procedures live under plugins.<id>. */
  id: TId;
  version: string;
  displayName: { vi: string; en: string };
  /** Agency codes (shared/agencies.md) whose officers work in this plugin. */
  agencies: AgencyCode[];
  /** Tasks and indicators assigned to these agencies by the source documents. */
  catalog: unknown[];
  /** This plugin's own tables, each name prefixed with `<id>_`; its history is kept in `<id>_migrations`. */
  migrations: MigrationSet;
  router: TRouter;
  consoleWidgets: ConsoleWidget[];
  /** The registers the plugin keeps (defineRegister): the contract check compares each with its table. */
  registers?: readonly Pick<Register, "table" | "columns">[];
}

/**
 * Declares a plugin. It returns its argument unchanged so that the router's type flows into the app router;
 * the manifest is validated by the core at start-up (validatePluginManifest), where a bad field stops start-up
 * with the plugin's id and the field's name.
 */
export function definePlugin<const TId extends string, TRouter extends AnyTRPCRouter>(
  definition: PluginDefinition<TId, TRouter>,
): PluginDefinition<TId, TRouter> {
  return definition;
}

export type AnyPlugin = PluginDefinition<string, AnyTRPCRouter>;
