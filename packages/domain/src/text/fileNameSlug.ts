import { foldVietnamese } from "./foldVietnamese";

/** "Công an tỉnh — Thái Nguyên" → "cong-an-tinh-thai-nguyen": a file name any system accepts, still readable. */
export function fileNameSlug(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
