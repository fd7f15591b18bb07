import { checkPluginContract } from "@pcmt/plugin-sdk/testing";
import { customsPlugin } from "./index";

checkPluginContract(customsPlugin);
