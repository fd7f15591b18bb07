import { createPluginApi } from "@pcmt/plugin-sdk/web";
import type { PoliceRouter } from "../server/router";

export const { usePluginApi: usePoliceApi } = createPluginApi<PoliceRouter>("police");
