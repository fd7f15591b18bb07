import { createPluginApi } from "@pcmt/plugin-sdk/web";
import type { LabourRouter } from "../server/router";

export const { usePluginApi: useLabourApi } = createPluginApi<LabourRouter>("labour");
