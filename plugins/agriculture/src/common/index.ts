export * from "./CropSite";
