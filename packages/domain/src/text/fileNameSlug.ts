/** "Công an tỉnh — Thái Nguyên" → "cong-an-tinh-thai-nguyen": a file name any system accepts, still readable. */
export function fileNameSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
