import { checkPluginContract } from "@pcmt/plugin-sdk/testing";
import { policePlugin } from "./index";

checkPluginContract(policePlugin);
