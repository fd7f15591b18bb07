import { defineStrings } from "./defineStrings";

/** Strings of the consolePages (Vietnamese first; the English has every key, checked by the type). */
export const consolePages = defineStrings(
  {
    placeholder: "",
  },
  {
    placeholder: "",
  },
);
