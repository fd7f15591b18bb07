import { checkPluginContract } from "@pcmt/plugin-sdk/testing";
import { agriculturePlugin } from "./index";

checkPluginContract(agriculturePlugin);
