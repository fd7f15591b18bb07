export * from "./RehabFacility";
