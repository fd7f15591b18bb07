import { Anchor, Badge, Checkbox, Group, Paper, ScrollArea, Stack, Text, TextInput } from "@mantine/core";
import { formatDateTime, useTranslation } from "@pcmt/ui";

export interface Point {
  id: string;
  item: string;
  ref: string;
  message: string;
  resolution: { byName: string; at: string; note: string } | null;
}

export type Resolutions = Record<string, { resolved: boolean; note: string }>;

/**
 * The points the reviewer must settle (the ingester's doubts first in document order), each ticked when settled,
 * with an optional note; the ref opens the item beside its words. Who settled a point and when is shown once saved.
 */
export function DraftPoints({
  points,
  resolutions,
  onChange,
  onOpen,
  readOnly,
}: {
  points: readonly Point[];
  resolutions: Resolutions;
  onChange: (id: string, value: { resolved: boolean; note: string }) => void;
  onOpen: (point: Point) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const open = points.filter((p) => !(resolutions[p.id]?.resolved ?? !!p.resolution)).length;
  return (
    <Paper withBorder p="sm" data-testid="draft-points">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t("intake.points.title")}</Text>
        <Badge color={open > 0 ? "orange" : "green"} data-testid="open-points">
          {open > 0 ? t("intake.points.open", { count: open }) : t("intake.points.allSettled")}
        </Badge>
      </Group>
      {points.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("intake.points.none")}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={260} type="auto">
          <Stack gap={6}>
            {points.map((p) => {
              const state = resolutions[p.id] ?? { resolved: !!p.resolution, note: p.resolution?.note ?? "" };
              return (
                <Group key={p.id} align="flex-start" wrap="nowrap" gap="xs" data-point={p.id}>
                  <Checkbox
                    mt={2}
                    checked={state.resolved}
                    disabled={readOnly}
                    onChange={(e) => onChange(p.id, { ...state, resolved: e.currentTarget.checked })}
                    aria-label={t("intake.points.settle", { ref: p.ref })}
                  />
                  <Stack gap={2} style={{ flex: 1 }}>
                    <Text size="sm">
                      {p.ref !== "header" && p.item !== "reporting" ? (
                        <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onOpen(p)} mr={6}>
                          {p.ref}
                        </Anchor>
                      ) : (
                        <Text span fw={600} mr={6}>
                          {p.item === "reporting" ? t("intake.points.reporting") : t("intake.points.header")}
                        </Text>
                      )}
                      {p.message}
                    </Text>
                    {state.resolved && !readOnly && (
                      <TextInput
                        size="xs"
                        placeholder={t("intake.points.notePlaceholder")}
                        value={state.note}
                        onChange={(e) => onChange(p.id, { ...state, note: e.currentTarget.value })}
                      />
                    )}
                    {p.resolution && state.resolved && (
                      <Text size="xs" c="dimmed">
                        {t("intake.points.settledBy", {
                          name: p.resolution.byName,
                          at: formatDateTime(p.resolution.at),
                        })}
                        {p.resolution.note ? ` — ${p.resolution.note}` : ""}
                      </Text>
                    )}
                  </Stack>
                </Group>
              );
            })}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
