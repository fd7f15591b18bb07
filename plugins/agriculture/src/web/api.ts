import { createPluginApi } from "@pcmt/plugin-sdk/web";
import type { AgricultureRouter } from "../server/router";

export const { usePluginApi: useAgricultureApi } = createPluginApi<AgricultureRouter>("agriculture");
