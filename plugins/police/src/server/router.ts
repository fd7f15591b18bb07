import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { hotspotsRegister } from "../common";

export const policeRouter = createRouter({
  hotspots: createRegisterRouter(hotspotsRegister),
});

export type PoliceRouter = typeof policeRouter;
