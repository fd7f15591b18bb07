export { default } from "@pcmt/eslint-config";
