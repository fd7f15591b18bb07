import { checkPluginContract } from "@pcmt/plugin-sdk/testing";
import { educationPlugin } from "./index";

checkPluginContract(educationPlugin);
