export * from "./agencies/agencyRegistry";
export * from "./access/roles";
export * from "./access/Actor";
export * from "./access/agencyDataAccess";
export * from "./places/provinces";
export * from "./access/NewUser";
