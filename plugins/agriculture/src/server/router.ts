import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { cropSitesRegister } from "../common";

export const agricultureRouter = createRouter({
  cropSites: createRegisterRouter(cropSitesRegister),
});

export type AgricultureRouter = typeof agricultureRouter;
