import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every string a person reads on a page lives in the resource files (packages/ui/src/i18n), in Vietnamese and
 * English, or — inside plugins and manifests — in a `{ vi, en }` pair. This test reads the web app, the shared UI
 * package and the plugins' web code as TypeScript and fails on any string or JSX text with Vietnamese letters left
 * anywhere else. Comments are not strings; tests are not pages.
 */
const root = resolve(import.meta.dirname, "../../../..");
const scanned = [
  "apps/web/src",
  "packages/ui/src",
  ...readdirSync(join(root, "plugins")).map((p) => `plugins/${p}/src/web`),
];
const skipped = [/\/i18n\//, /\.test\.tsx?$/, /\.d\.ts$/];
const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function filesUnder(dir: string): string[] {
  const path = join(root, dir);
  try {
    statSync(path);
  } catch {
    return [];
  }
  return readdirSync(path, { recursive: true, encoding: "utf8" })
    .map((f) => join(path, f))
    .filter((f) => /\.tsx?$/.test(f) && !skipped.some((s) => s.test(f)));
}

/** A Vietnamese half of a `{ vi: "…", en: "…" }` pair is where it belongs. */
function isBilingualPair(node: ts.Node): boolean {
  const property = node.parent;
  if (!property || !ts.isPropertyAssignment(property) || property.initializer !== node) return false;
  if (!ts.isIdentifier(property.name) || property.name.text !== "vi") return false;
  const object = property.parent;
  return (
    ts.isObjectLiteralExpression(object) &&
    object.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === "en")
  );
}

export function literalUiStrings(file: string, source: string): string[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const text =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
        ? node.text
        : ts.isJsxText(node)
          ? node.getText()
          : null;
    if (text !== null && vietnamese.test(text) && !isBilingualPair(node)) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(root, file)}:${line + 1}: ${text.trim().slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("UI strings", () => {
  it("finds a literal Vietnamese string, and accepts the Vietnamese half of a { vi, en } pair and comments", () => {
    const source = `// Đã lưu\nconst a = "Đã lưu";\nconst b = { vi: "Lưu", en: "Save" };\nconst c = <p>Gửi báo cáo</p>;\nconst d = \`Còn \${n} ngày\`;`;
    expect(literalUiStrings("x.tsx", source).map((f) => f.replace(/^.*x\.tsx:/, ""))).toEqual([
      "2: Đã lưu",
      "4: Gửi báo cáo",
      "5: Còn",
      "5: ngày",
    ]);
  });

  it("are all in the resource files, in both languages", () => {
    const found = scanned.flatMap(filesUnder).flatMap((file) => literalUiStrings(file, readFileSync(file, "utf8")));
    expect(found, `Literal UI strings outside packages/ui/src/i18n:\n${found.join("\n")}`).toEqual([]);
  });
});
