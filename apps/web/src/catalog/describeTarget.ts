/** The target in words, shared with the consolidated report (domain). */
export { comparatorWords, describeTarget } from "@pcmt/domain";
