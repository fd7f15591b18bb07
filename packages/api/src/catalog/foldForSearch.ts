/** Lower-case without Vietnamese diacritics ("Cai nghiện" → "cai nghien", "Đắk" → "dak"), for forgiving search. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
