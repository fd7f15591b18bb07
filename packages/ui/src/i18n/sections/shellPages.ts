import { defineStrings } from "./defineStrings";

/** Strings of the shellPages (Vietnamese first; the English has every key, checked by the type). */
export const shellPages = defineStrings(
  {
    placeholder: "",
  },
  {
    placeholder: "",
  },
);
