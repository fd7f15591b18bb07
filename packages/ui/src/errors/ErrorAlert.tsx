import { Alert } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { describeError } from "./describeError";

/** A failed call, said plainly. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const described = describeError(error, t("errors.network"));
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} title={t("errors.title")} role="alert">
      {described.message}
    </Alert>
  );
}
