export * from "./AwarenessSession";
