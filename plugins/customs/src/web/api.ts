import { createPluginApi } from "@pcmt/plugin-sdk/web";
import type { CustomsRouter } from "../server/router";

export const { usePluginApi: useCustomsApi } = createPluginApi<CustomsRouter>("customs");
