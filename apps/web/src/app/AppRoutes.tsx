import { Alert, Center, Loader } from "@mantine/core";
import type { Actor } from "@pcmt/domain";
import { ErrorAlert, useTranslation } from "@pcmt/ui";
import { Navigate, Route, Routes } from "react-router";
import { AccountPage } from "../account/AccountPage";
import { UsersPage } from "../admin/UsersPage";
import { AgencyPage } from "../catalog/AgencyPage";
import { DocumentPage } from "../catalog/DocumentPage";
import { DocumentsPage } from "../catalog/DocumentsPage";
import { IndicatorPage } from "../catalog/IndicatorPage";
import { IndicatorsPage } from "../catalog/IndicatorsPage";
import { TaskSearchPage } from "../catalog/TaskSearchPage";
import { ImportValuesPage } from "../dataValues/ImportValuesPage";
import { DraftReviewPage } from "../intake/DraftReviewPage";
import { IntakePage } from "../intake/IntakePage";
import { DeskPage } from "../reports/DeskPage";
import { MyReportsPage } from "../reports/MyReportsPage";
import { ReportPage } from "../reports/ReportPage";
import { ConsolePage } from "../console/ConsolePage";
import { homePathFor } from "../home/homePathFor";
import { AppLayout } from "../layout/AppLayout";
import { PluginPage } from "../plugins/PluginPage";
import { useVisiblePlugins } from "../plugins/useVisiblePlugins";
import { WorkspacePage } from "../workspace/WorkspacePage";

export function AppRoutes({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const { plugins, isPending, error } = useVisiblePlugins(actor);
  // Bringing documents in: the province's standing office and administrators.
  const intake = actor.role === "standing_office" || actor.role === "admin";
  if (isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  return (
    <AppLayout actor={actor} plugins={plugins}>
      {error ? <ErrorAlert error={error} /> : null}
      <Routes>
        <Route path="/" element={<Navigate to={homePathFor(actor, plugins)} replace />} />
        <Route path="/console" element={<ConsolePage plugins={plugins} />} />
        <Route path="/catalog" element={<DocumentsPage />} />
        <Route path="/catalog/:slug" element={<DocumentPage />} />
        <Route path="/agencies/:code" element={<AgencyPage />} />
        <Route path="/indicators" element={<IndicatorsPage />} />
        <Route path="/indicators/:id" element={<IndicatorPage />} />
        <Route path="/tasks" element={<TaskSearchPage />} />
        <Route path="/reports" element={<MyReportsPage />} />
        <Route path="/reports/:id" element={<ReportPage />} />
        <Route path="/desk" element={<DeskPage />} />
        <Route
          path="/data/import"
          element={
            actor.role === "steering_committee" ? (
              <Alert color="red">{t("errors.forbidden")}</Alert>
            ) : (
              <ImportValuesPage />
            )
          }
        />
        <Route path="/intake" element={intake ? <IntakePage /> : <Alert color="red">{t("errors.forbidden")}</Alert>} />
        <Route
          path="/intake/:id"
          element={intake ? <DraftReviewPage /> : <Alert color="red">{t("errors.forbidden")}</Alert>}
        />
        <Route path="/workspace" element={<WorkspacePage actor={actor} plugins={plugins} />} />
        <Route path="/account" element={<AccountPage />} />
        <Route
          path="/admin/users"
          element={actor.role === "admin" ? <UsersPage /> : <Alert color="red">{t("errors.forbidden")}</Alert>}
        />
        <Route path="/p/:pluginId/*" element={<PluginPage plugins={plugins} />} />
        <Route path="*" element={<Alert color="gray">{t("errors.notFound")}</Alert>} />
      </Routes>
    </AppLayout>
  );
}
