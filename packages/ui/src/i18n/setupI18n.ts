import i18next from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import { z } from "zod";
import { en, vi } from "./resources";

export type Language = "vi" | "en";
const storageKey = "pcmt.language";

function storedLanguage(): Language {
  const value = typeof localStorage === "undefined" ? null : localStorage.getItem(storageKey);
  return value === "en" ? "en" : "vi";
}

/** Vietnamese by default; the choice is remembered in the browser. Form validation speaks the same language. */
export function setupI18n() {
  const language = storedLanguage();
  z.config(language === "en" ? z.locales.en() : z.locales.vi());
  void i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: language,
    fallbackLng: "vi",
    interpolation: { escapeValue: false },
  });
  return i18next;
}

export function setLanguage(language: Language) {
  localStorage.setItem(storageKey, language);
  z.config(language === "en" ? z.locales.en() : z.locales.vi());
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "vi";
}

/** Picks the current language's text from a `{ vi, en }` label (plugin manifests and pages use these). */
export function useLocalized() {
  const language = useLanguage();
  return (label: { vi: string; en: string }) => label[language];
}

export { useTranslation };
