import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { agencyName, isAgencyCode } from "@pcmt/domain";
import { describeError, useLanguage, useTranslation } from "@pcmt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";

/** The office reminds one agency, or every late one (agencyCodes null), of a period's report, with a note. */
export function RemindModal({
  provinceCode,
  period,
  agencyCodes,
  lateCount,
  onClose,
}: {
  provinceCode: string;
  period: string;
  agencyCodes: string[] | null;
  lateCount: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const remind = useMutation(trpc.notifications.remind.mutationOptions());
  const name = (code: string) => (isAgencyCode(code) ? agencyName(code, language) : code);
  async function send() {
    try {
      const result = await remind.mutateAsync({
        provinceCode,
        period,
        agencyCodes: agencyCodes ?? undefined,
        note: note.trim() || undefined,
      });
      const people = result.reminded.reduce((n, r) => n + r.recipients, 0);
      notifications.show({ color: "green", message: t("notices.reminded", { count: result.reminded.length, people }) });
      const nobody = result.reminded.filter((r) => r.recipients === 0).map((r) => name(r.agencyCode));
      if (nobody.length > 0)
        notifications.show({
          color: "yellow",
          message: t("notices.remindedNobody", { agencies: nobody.join(", ") }),
          autoClose: 10_000,
        });
      await queryClient.invalidateQueries({ queryKey: trpc.notifications.reminderLog.queryKey() });
      onClose();
    } catch (error) {
      notifications.show({ color: "red", message: describeError(error, t("errors.network")).message });
    }
  }
  const title =
    agencyCodes?.length === 1
      ? t("notices.remindTitleOne", { agency: name(agencyCodes[0]!) })
      : t("notices.remindTitleAll", { count: lateCount });
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack>
        <Text size="sm">{t("notices.remindIntro")}</Text>
        <Textarea
          label={t("notices.remindNote")}
          autosize
          minRows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("comments.cancel")}
          </Button>
          <Button onClick={() => void send()} loading={remind.isPending}>
            {t("notices.remindConfirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
