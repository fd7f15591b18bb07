import { z } from "@pcmt/plugin-sdk";

/** A catalog document's slug, as procedures and searches take it. */
export const DocumentSlug = z.string().regex(/^[a-z0-9-]+$/, "Mã văn bản không hợp lệ");
