import { readFile } from "node:fs/promises";
import { z } from "@pcmt/plugin-sdk";
import { DocumentSlug } from "../catalog/documentSlug";
import { defineFileUpload } from "../uploads/fileUpload";
import { createDraft } from "./intakeDrafts";
import { intakeProvinceFor, intakeRoles } from "./intakeScope";

/**
 * A plan document sent to be read (`POST /api/files/document-source`): .txt, .md, .docx or .pdf, read into a draft
 * for review; nothing enters the catalog until the draft is published.
 */
export const documentSourceUpload = defineFileUpload({
  name: "document-source",
  roles: intakeRoles,
  maxBytes: 20 * 1024 * 1024,
  extensions: ["txt", "md", "docx", "pdf"],
  fields: z.object({
    province: z.string().max(60).optional(),
    baseSlug: z.union([DocumentSlug, z.literal("")]).optional(),
  }),
  readsSpreadsheet: false,
  async receive(ctx, fields, file) {
    const bytes = await readFile(file.path);
    return createDraft(ctx, {
      fileName: file.fileName,
      bytes,
      provinceCode: intakeProvinceFor(ctx.actor, fields.province),
      baseSlug: fields.baseSlug || null,
    });
  },
});
