export { createHttpServer, sessionCookieName } from "./http/createHttpServer";
export { startPlatform, type Platform } from "./platform/startPlatform";
export { createLogger } from "./platform/createLogger";
export { serverConfigFromEnv } from "./config/serverConfig";
export { seedDemo } from "./demo/seedDemo";
export { demoAccounts, demoPassword } from "./demo/demoAccounts";
