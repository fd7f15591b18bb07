import { agencies } from "@pcmt/domain";

/** The agencies as options of a select, in the page's language. */
export const agencyOptions = (language: "vi" | "en") =>
  agencies.map((a) => ({ value: a.code, label: language === "en" ? a.nameEn : a.nameVi }));
