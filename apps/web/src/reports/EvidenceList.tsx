import { ActionIcon, Anchor, Button, FileButton, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { describeError, formatNumber, useTranslation } from "@pcmt/ui";
import { IconPaperclip, IconTrash } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@pcmt/api";
import { useTRPC } from "../app/trpc";
import { useFileUpload } from "../files/useFileUpload";

type Report = inferRouterOutputs<AppRouter>["reports"]["get"];

const accept = ".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.jpg,.jpeg,.png";
const maxBytes = 10 * 1024 * 1024;

/** Evidence files (minh chứng) of one task: download links, attach and remove while the report is editable. */
export function EvidenceList({
  reportId,
  taskId,
  evidence,
  canEdit,
  onChange,
}: {
  reportId: string;
  taskId: string | null;
  evidence: Report["evidence"];
  canEdit: boolean;
  onChange: (r: Report) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const attach = useFileUpload("evidence");
  const remove = useMutation(trpc.reports.removeEvidence.mutationOptions());

  async function upload(file: File | null) {
    if (!file) return;
    if (file.size > maxBytes) {
      notifications.show({
        color: "red",
        title: t("reportPages.evidence.attachFailed"),
        message: t("reportPages.evidence.tooLarge"),
      });
      return;
    }
    try {
      onChange(await attach.mutateAsync({ fields: { reportId, taskId }, file }));
      notifications.show({
        color: "green",
        message: (
          <>
            {t("reportPages.evidence.attached")} <span translate="no">{file.name}</span>
          </>
        ),
      });
    } catch (error) {
      notifications.show({
        color: "red",
        title: t("reportPages.evidence.attachFailed"),
        message: describeError(error, t("errors.network")).message,
      });
    }
  }

  return (
    <Stack gap={4} mt="xs">
      {evidence.map((e) => (
        <Group key={e.id} gap="xs">
          <IconPaperclip size={14} />
          <Anchor href={`/api/evidence/${e.id}`} size="sm" data-testid="evidence-link" translate="no">
            {e.fileName}
          </Anchor>
          {/* The digest is for whoever verifies a copy of the file: on hover, not in the officer's way. */}
          <Text size="xs" c="dimmed" title={`SHA-256: ${e.sha256}`}>
            {t("reportPages.evidence.size", { size: formatNumber(Math.ceil(e.sizeBytes / 1024)) })}
          </Text>
          {canEdit && (
            <ActionIcon
              size="sm"
              variant="subtle"
              color="red"
              aria-label={t("reportPages.evidence.remove", { fileName: e.fileName })}
              translate="no"
              onClick={async () => onChange(await remove.mutateAsync({ evidenceId: e.id }))}
            >
              <IconTrash size={14} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {canEdit && (
        <FileButton onChange={upload} accept={accept}>
          {(props) => (
            <Button
              {...props}
              size="compact-xs"
              variant="subtle"
              leftSection={<IconPaperclip size={14} />}
              loading={attach.isPending}
              w="fit-content"
            >
              {attach.isPending && attach.sent !== null && attach.sent < 1
                ? t("reportPages.evidence.sending", { percent: Math.round(attach.sent * 100) })
                : t("reportPages.evidence.attach")}
            </Button>
          )}
        </FileButton>
      )}
    </Stack>
  );
}
