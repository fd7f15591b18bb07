import { checkPluginContract } from "@pcmt/plugin-sdk/testing";
import { labourPlugin } from "./index";

checkPluginContract(labourPlugin);
