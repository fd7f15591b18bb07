/** Vietnamese without its marks ("Đắk Lắk" → "Dak Lak"): for forgiving search and for file names. */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}
