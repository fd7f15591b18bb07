export * from "./agencies/agencyGazetteer";
export * from "./deadlines/readDeadline";
export * from "./draft/draftDocument";
export * from "./header/readHeader";
export * from "./outline/readOutline";
export * from "./targets/readTargets";
