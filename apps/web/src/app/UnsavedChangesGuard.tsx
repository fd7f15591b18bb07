import { Button, Group, Modal, Text } from "@mantine/core";
import { useTranslation } from "@pcmt/ui";
import { useEffect } from "react";
import { useBlocker } from "react-router";

/**
 * While a page holds changes not yet saved, leaving it asks first: inside the product (a link, the back button) with
 * a dialog, and the browser's own question when the tab is closed or reloaded.
 */
export function UnsavedChangesGuard({ count }: { count: number }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => count > 0 && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (count === 0) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [count]);
  return (
    <Modal opened={blocker.state === "blocked"} onClose={() => blocker.reset?.()} title={t("grid.leaveTitle")}>
      <Text size="sm">{t("grid.leaveBody", { count })}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          {t("grid.leaveStay")}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          {t("grid.leaveGo")}
        </Button>
      </Group>
    </Modal>
  );
}
