import { createPluginApi } from "@pcmt/plugin-sdk/web";
import type { HealthRouter } from "../server/router";

export const { usePluginApi: useHealthApi } = createPluginApi<HealthRouter>("health");
