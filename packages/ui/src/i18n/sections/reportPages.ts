import { defineStrings } from "./defineStrings";

/** Strings of the reportPages (Vietnamese first; the English has every key, checked by the type). */
export const reportPages = defineStrings(
  {
    placeholder: "",
  },
  {
    placeholder: "",
  },
);
