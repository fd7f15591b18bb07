import { foldVietnamese } from "@pcmt/domain";

/** Lower-case without Vietnamese diacritics ("Cai nghiện" → "cai nghien", "Đắk" → "dak"), for forgiving search. */
export function foldForSearch(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/\s+/g, " ").trim();
}
