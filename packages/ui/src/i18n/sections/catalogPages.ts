import { defineStrings } from "./defineStrings";

/** Strings of the catalogPages (Vietnamese first; the English has every key, checked by the type). */
export const catalogPages = defineStrings(
  {
    placeholder: "",
  },
  {
    placeholder: "",
  },
);
