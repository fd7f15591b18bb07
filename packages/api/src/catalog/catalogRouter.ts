import { AgencyCode, ProvinceCode } from "@pcmt/domain";
import { createRouter, procedures, z } from "@pcmt/plugin-sdk";
import { listProvinces } from "../places/provinceDirectory";
import { listAgencies, readAgency } from "./catalogAgencies";
import { listDocuments, readDocument } from "./catalogDocuments";
import { listIndicators, readIndicator } from "./catalogIndicators";
import { DocumentSlug } from "./documentSlug";
import { exportCatalog } from "./exportCatalog";
import { listPlaces } from "../places/placeTree";
import { searchTasks, TaskSearch } from "./searchTasks";
import { agencyTaskProgress, documentTaskProgress } from "./taskProgress";

/** The plan catalog, readable by every signed-in user: documents, tasks, agencies' assignments, indicators. */
export const catalogRouter = createRouter({
  documents: procedures.signedIn().query(({ ctx }) => listDocuments(ctx.db)),

  /** Each task of a document, agency by agency: its status in the latest report that carries it (what the reader may read). */
  taskProgress: procedures
    .signedIn()
    .input(z.object({ slug: DocumentSlug }))
    .query(({ ctx, input }) => documentTaskProgress(ctx.db, ctx.actor, input.slug)),

  /** An agency's tasks across documents in the reader's province: the status in its latest report carrying each. */
  agencyProgress: procedures
    .signedIn()
    .input(z.object({ code: AgencyCode }))
    .query(({ ctx, input }) => agencyTaskProgress(ctx.db, ctx.actor, input.code)),

  document: procedures
    .signedIn()
    .input(z.object({ slug: DocumentSlug }))
    .query(({ ctx, input }) => readDocument(ctx.db, input.slug)),

  agency: procedures
    .signedIn()
    .input(z.object({ code: AgencyCode }))
    .query(({ ctx, input }) => readAgency(ctx.db, input.code)),

  agencies: procedures.signedIn().query(({ ctx }) => listAgencies(ctx.db)),

  indicator: procedures
    .signedIn()
    .input(z.object({ id: z.string().min(1).max(200) }))
    .query(({ ctx, input }) => readIndicator(ctx.db, input.id)),

  indicators: procedures.signedIn().query(({ ctx }) => listIndicators(ctx.db)),

  /** Search across tasks by text (accents optional: "cai nghien" finds "cai nghiện") and filters. */
  searchTasks: procedures
    .signedIn()
    .input(TaskSearch)
    .query(({ ctx, input }) => searchTasks(ctx.db, input)),

  /** Today's provinces, from the place hierarchy (the repository's and any dataset loaded). */
  provinces: procedures.signedIn().query(({ ctx }) => listProvinces(ctx.db)),

  places: procedures
    .signedIn()
    .input(z.object({ province: ProvinceCode }))
    .query(({ ctx, input }) => listPlaces(ctx.db, input.province)),

  export: procedures
    .signedIn()
    .input(z.object({ slug: DocumentSlug.optional() }))
    .query(({ ctx, input }) => exportCatalog(ctx.db, input.slug)),
});
