import { Alert, Loader } from "@mantine/core";
import { useTranslation } from "@pcmt/ui";
import { Component, type ReactNode, Suspense } from "react";
import { Route, Routes, useParams } from "react-router";
import type { AgencyCode } from "@pcmt/domain";
import { useShell } from "@pcmt/ui";
import { AgencyTasksPage } from "../catalog/AgencyTasksPage";
import { MyWorkPage } from "../workspace/MyWorkPage";
import type { VisiblePlugin } from "./useVisiblePlugins";

/** Every plugin gets this page from the shell: the tasks the documents assign to its agencies. */
export const pluginTasksPath = "nhiem-vu";

/** Keeps a failing plugin page from taking the whole shell down. */
class PluginErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error("plugin page failed", error);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Renders the routes of the plugin named in the URL; its page code is loaded on demand. */
export function PluginPage({ plugins }: { plugins: VisiblePlugin[] }) {
  const { t } = useTranslation();
  const { pluginId } = useParams();
  const { actor } = useShell();
  const plugin = plugins.find((p) => p.info.id === pluginId);
  if (!plugin) return <Alert color="gray">{t("errors.notFound")}</Alert>;
  return (
    <PluginErrorBoundary key={plugin.info.id} fallback={<Alert color="red">{t("errors.pageLoad")}</Alert>}>
      <Suspense fallback={<Loader />}>
        <Routes>
          {plugin.web.routes.map(({ path, component: Page }) => (
            <Route key={path} path={path === "" ? "/" : path} element={<Page />} />
          ))}
          <Route
            path={pluginTasksPath}
            element={
              actor.role === "agency_officer" && actor.agencyCode && plugin.info.agencies.includes(actor.agencyCode) ? (
                <MyWorkPage agencyCode={actor.agencyCode} />
              ) : (
                <AgencyTasksPage agencies={plugin.info.agencies as AgencyCode[]} />
              )
            }
          />
          <Route path="*" element={<Alert color="gray">{t("errors.notFound")}</Alert>} />
        </Routes>
      </Suspense>
    </PluginErrorBoundary>
  );
}
