/** Where the permission listing and the start-up check live: the SDK, shared with the plugin test harness. */
export { assertEveryProcedureDeclaresAccess, listProcedureAccess, type ProcedureAccessEntry } from "@pcmt/plugin-sdk";
