export * from "./auth/passwordHashing";
export * from "./auth/sessionStore";
export * from "./auth/signInThrottle";
export { judgePassword, passwordPolicy } from "./auth/passwordStrength";
export { setTemporaryPassword } from "./auth/passwordChange";
export * from "./users/createUser";
export * from "./composition/createAppRouter";
export * from "./composition/installedPlugins";
export * from "./composition/selectPlugins";
export * from "./composition/procedureAccess";
export * from "./context/createRequestContext";
export * from "./migrations/migratePlatform";
export * from "./system/systemRouter";
export * from "./catalog/loadCatalog";
export * from "./catalog/exportCatalog";
export type { TaskView } from "./catalog/loadTasks";
export * from "./reports/reportSchedule";
export * from "./evidence/EvidenceStore";
export { readEvidence } from "./reports/reportEvidence";
export { readDraftSource, readPublishedSource } from "./documentIntake/documentSource";
export { loadDataGrid } from "./dataEntry/dataGrid";
export { ratioTermPairs } from "./catalog/ratioTerms";
export {
  type DataValueWrite,
  DataValueWriter,
  dataValueKey,
  type WriteOptions,
  writeDataValues,
} from "./dataValues/writeDataValues";
export { type ValueLine, ValueLineChecker } from "./dataValues/importValues";
export { readValueFile } from "./dataValues/valueFile";
export { importValueChunks } from "./dataValues/importValueFile";
export { readSheet } from "./spreadsheets/readSheet";
export { readSheetRows, rowsInMemory, sheetKindOf, type SheetRow } from "./spreadsheets/readSheetRows";
export * from "./uploads/fileUpload";
export * from "./uploads/fileUploads";
export { ReadingSlots } from "./uploads/readingSlots";
export { asksForNothing, keptTotals, type ValueSum, type ValueSumQuery, type ValueSums } from "./console/valueSums";
export { nationalOverview } from "./console/nationalOverview";
export { provinceOverview } from "./console/provinceOverview";
export { drillDownIndicator } from "./console/indicatorDrillDown";
export { timelinessMatrix } from "./console/timelinessMatrix";
export { buildConsolidatedReport } from "./console/consolidatedReport";
export { findProvince, listProvinces, provinceNameOf, UnknownProvinceError } from "./places/provinceDirectory";
export { renderConsolidatedDocx, renderConsolidatedXlsx } from "./console/renderConsolidatedReport";
export * from "./retention/applyRetention";
export { runReminderRound } from "./notifications/scheduledReminders";
export { deliverPendingEmails, type DeliveryResult } from "./notifications/emailOutbox";
export { createSmtpMailer, type Mailer } from "./notifications/mailer";
export { emailQueued } from "./notifications/notify";
export { importPopulations } from "./places/placePopulations";
