/**
 * A catalog ref as a reader of the document would say it: "§II.4.b" → "mục II.4.b", "§IV.1-2" → "mục IV.1, ý thứ
 * 2", "§3-p2" → "mục 3, đoạn thứ 2", "§I.2-2.t1" → "mục I.2, ý thứ 2, chỉ tiêu thứ 1". The catalog's `§` form stays
 * the key; this is what goes on paper.
 */
export function describeRef(ref: string): string {
  let rest = ref.replace(/^§/, "");
  const parts: string[] = [];
  const target = /\.t(\d+)$/.exec(rest);
  if (target) rest = rest.slice(0, target.index);
  const paragraph = /-p(\d+)$/.exec(rest);
  const bullet = /-(\d+)$/.exec(rest);
  if (paragraph) {
    rest = rest.slice(0, paragraph.index);
    parts.push(`đoạn thứ ${paragraph[1]}`);
  } else if (bullet) {
    rest = rest.slice(0, bullet.index);
    parts.push(`ý thứ ${bullet[1]}`);
  }
  if (target) parts.push(`chỉ tiêu thứ ${target[1]}`);
  return [`mục ${rest}`, ...parts].join(", ");
}
