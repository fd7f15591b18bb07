import { checkPluginContract } from "@pcmt/plugin-sdk/testing";
import { healthPlugin } from "./index";

checkPluginContract(healthPlugin);
