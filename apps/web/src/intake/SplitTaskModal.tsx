import { Button, Group, Modal, Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "@pcmt/ui";
import { useState } from "react";
import { splitPoints, type Task } from "./draftEdits";

/** Where to cut a task in two: at one of its sentences or clauses. */
export function SplitTaskModal({
  task,
  onSplit,
  onClose,
}: {
  task: Task;
  onSplit: (at: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const points = splitPoints(task.text);
  const [at, setAt] = useState<string | null>(points[0] !== undefined ? String(points[0]) : null);
  return (
    <Modal opened onClose={onClose} title={t("intake.split.title", { ref: task.ref })} size="lg">
      <Stack>
        {points.length === 0 ? (
          <Text c="dimmed">{t("intake.split.none")}</Text>
        ) : (
          <Radio.Group value={at} onChange={setAt} label={t("intake.split.where")}>
            <Stack gap="xs" mt="xs">
              {points.map((p) => (
                <Radio
                  key={p}
                  value={String(p)}
                  label={
                    <Text size="sm" translate="no">
                      …{task.text.slice(Math.max(0, p - 50), p).trimEnd()}{" "}
                      <Text span c="red" fw={700}>
                        ✂
                      </Text>{" "}
                      {task.text.slice(p, p + 50).trimStart()}…
                    </Text>
                  }
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("intake.cancel")}
          </Button>
          <Button disabled={at === null} onClick={() => at !== null && onSplit(Number(at))}>
            {t("intake.split.apply")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
