export { default } from "@pcmt/eslint-config/web";
