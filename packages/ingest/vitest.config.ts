export { default } from "@pcmt/testing/vitest";
