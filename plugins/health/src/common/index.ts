export * from "./MethadoneClinic";
