import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  type CatalogDocument,
  CatalogDocument as CatalogDocumentSchema,
  type OrgUnit,
  OrgUnitFile,
} from "@pcmt/domain";
import ctHaTinh from "../documents/ct-tu-ha-tinh-quan-ly-nguoi-nghien.json" with { type: "json" };
import kh29QuangTri from "../documents/kh-29-bcd-quang-tri-2024.json" with { type: "json" };
import khThaiNguyen from "../documents/kh-ctpcmt-2021-2025-thai-nguyen.json" with { type: "json" };
import nqThaiNguyen from "../documents/nq-tu-thai-nguyen-tinh-khong-ma-tuy.json" with { type: "json" };
import tb45 from "../documents/tb-45-ubnd-thai-nguyen-2024.json" with { type: "json" };
import haTinhPlaces from "../places/ha_tinh.json" with { type: "json" };
import quangTriPlaces from "../places/quang_tri.json" with { type: "json" };
import thaiNguyenPlaces from "../places/thai_nguyen.json" with { type: "json" };

/**
 * The source documents as catalog data, in the order of shared/seeds. Each is a JSON file in documents/ written
 * from the document's text (see EXTRACTION.md) and checked against it by the tests; add a document by adding its
 * source to sources/, its JSON to documents/ and a line here.
 */
const rawDocuments: unknown[] = [tb45, khThaiNguyen, ctHaTinh, nqThaiNguyen, kh29QuangTri];

export const catalogDocuments: CatalogDocument[] = rawDocuments.map((raw) => CatalogDocumentSchema.parse(raw));

/** The administrative units of the documents' provinces, with validity dates and old → new links. */
export const orgUnits: OrgUnit[] = [thaiNguyenPlaces, haTinhPlaces, quangTriPlaces].flatMap(
  (file) => OrgUnitFile.parse(file).units,
);

const require = createRequire(import.meta.url);

/** The full text of a document as received, from sources/ (read from the package at run time). */
export function sourceText(document: Pick<CatalogDocument, "sourceFile">): string {
  return readFileSync(require.resolve(`@pcmt/catalog/sources/${document.sourceFile}`), "utf8");
}
