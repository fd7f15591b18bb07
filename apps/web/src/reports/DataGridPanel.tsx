import { Alert, Button, FileButton, Grid, Group, List, Paper, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { AppRouter } from "@pcmt/api";
import { unitWord } from "@pcmt/domain";
import { describeError, ErrorAlert, formatNumber, useLanguage, useTranslation } from "@pcmt/ui";
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconCheck,
  IconCopy,
  IconDownload,
  IconUpload,
} from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { createContext, type KeyboardEvent, useContext, useEffect, useMemo, useRef, useState } from "react";
// The dynamic grid: `DataSheetGrid` is the static one, which keeps the columns (their cell colours, computed from
// the rows) of its first render.
import { DynamicDataSheetGrid } from "react-datasheet-grid";
import "react-datasheet-grid/dist/style.css";
import { useTRPC } from "../app/trpc";
import { downloadBase64 } from "../files/browserFiles";
import { UploadProgress } from "../files/UploadProgress";
import { useFileUpload } from "../files/useFileUpload";
import { periodLabel } from "../periods/periodLabel";
import { CellDetails, type SelectedCell } from "./grid/CellDetails";
import "./grid/dataGrid.css";
import {
  type CellInput,
  cellKey,
  changedCells,
  columnSummary,
  type GridRow,
  isInvalid,
  placesFilled,
  type Refusal,
  refusedCells,
  rowsFromGrid,
  standingProblems,
} from "./grid/gridModel";
import { numberColumn } from "./grid/numberColumn";
import { useUndoableState } from "./grid/useUndoableState";
import { TargetComments, useReportComments } from "./comments/ReportComments";

type Outputs = inferRouterOutputs<AppRouter>["dataEntry"];
type Problem = Outputs["save"]["problems"][number];
type ServerGrid = Outputs["grid"];

/** The grid's editable state: the rows, and which cells were filled from an earlier period (not yet saved). */
interface GridState {
  rows: GridRow[];
  copied: Record<string, string>;
}

const rowHeight = 36;
const noRows: GridRow[] = [];
const headerHeight = 104;

/**
 * The report's value grid, places × data elements, as a spreadsheet: type, paste a block from Excel, undo; totals
 * and places entered per column; start from last period's values (marked until confirmed); warnings kept with the
 * values; saved all or nothing; imported from or exported to Excel.
 */
export function DataGridPanel({
  reportId,
  canEdit,
  onUnsavedChange,
}: {
  reportId: string;
  canEdit: boolean;
  onUnsavedChange?: (count: number) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Only this page's own actions change the grid: a refetch must not replace what the officer is typing.
  const grid = useQuery({
    ...trpc.dataEntry.grid.queryOptions({ reportId }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  const g = grid.data;
  const state = useUndoableState<GridState>({ rows: [], copied: {} });
  const [refusal, setRefusal] = useState<Refusal<Problem>>({ problems: [], sent: null });
  const [active, setActive] = useState<{ row: number; elementId: string } | null>(null);
  const save = useMutation(trpc.dataEntry.save.mutationOptions());
  const confirm = useMutation(trpc.dataEntry.confirmCopies.mutationOptions());
  const importFile = useFileUpload("data-grid");
  const [copying, setCopying] = useState(false);
  const setGrid = (next: ServerGrid) => queryClient.setQueryData(trpc.dataEntry.grid.queryKey({ reportId }), next);

  // When the server's grid changes (a save, an import, another tab's refetch), the page starts from it again and
  // keeps what the officer changed and has not saved yet.
  const { reset } = state;
  const latest = useRef<{ grid: ServerGrid | undefined; state: GridState }>({ grid: undefined, state: state.value });
  useEffect(() => {
    latest.current.state = state.value;
  }, [state.value]);
  useEffect(() => {
    if (!g) return;
    const before = latest.current;
    latest.current.grid = g;
    const rows = rowsFromGrid(g);
    const pending =
      before.grid && before.state.rows.length === before.grid.units.length
        ? changedCells(before.state.rows, before.grid)
        : [];
    const row = new Map(g.units.map((u, i) => [u.code, i]));
    for (const change of pending) {
      const i = row.get(change.orgUnit);
      if (i !== undefined && rows[i] && change.elementId in rows[i]) rows[i][change.elementId] = change.input;
    }
    const still = new Set(changedCells(rows, g).map((c) => cellKey(c.orgUnit, c.elementId)));
    reset({ rows, copied: Object.fromEntries(Object.entries(before.state.copied).filter(([key]) => still.has(key))) });
  }, [g, reset]);

  const rows = g && state.value.rows.length === g.units.length ? state.value.rows : noRows;
  const copied = state.value.copied;
  const changes = useMemo(() => (g && rows.length ? changedCells(rows, g) : []), [g, rows]);
  useEffect(() => onUnsavedChange?.(changes.length), [changes.length, onUnsavedChange]);
  const notes = useMemo(() => new Map((g?.notes ?? []).map((n) => [cellKey(n.orgUnit, n.elementId), n])), [g]);
  const { threads } = useReportComments();
  // Cells with a review thread still open carry a mark in their corner.
  const discussed = useMemo(
    () =>
      new Set(
        threads
          .filter((th) => th.resolvedAt === null && th.target.kind === "cell")
          .map((th) => (th.target.kind === "cell" ? cellKey(th.target.orgUnit, th.target.elementId) : "")),
      ),
    [threads],
  );
  const changedKeys = useMemo(() => new Set(changes.map((c) => cellKey(c.orgUnit, c.elementId))), [changes]);
  // Numbers the server would refuse (a negative count, …), by its own rule: marked and left out of the totals at once.
  const refused = useMemo(() => (g && rows.length ? refusedCells(rows, g) : new Map<string, string>()), [g, rows]);
  // A refused save's problems go once the cells it was about are changed, saved or no longer pending.
  const problems = standingProblems(refusal, changes);

  const columns = useMemo(() => {
    if (!g) return [];
    const unitLabel = (unit: string) => unitWord(unit, language);
    return g.elements.map((e, index) => {
      return numberColumn(e.id, {
        id: e.id,
        basis: 170,
        grow: 1,
        minWidth: 150,
        disabled: !canEdit,
        // The header reads its footing from a context: the grid keeps header cells it has drawn.
        title: <ColumnHeader index={index} name={e.name} unit={unitLabel(e.unit)} />,
        cellClassName: ({ rowIndex }) => {
          const code = g.units[rowIndex]?.code ?? "";
          const key = cellKey(code, e.id);
          const input = rows[rowIndex]?.[e.id];
          const commented = discussed.has(key) ? " pcmt-cell-commented" : "";
          if (isInvalid(input) || refused.has(key)) return `pcmt-cell-invalid${commented}`;
          if (copied[key] || (!changedKeys.has(key) && notes.get(key)?.copiedFrom))
            return `pcmt-cell-copied${commented}`;
          if (changedKeys.has(key)) return `pcmt-cell-edited${commented}`;
          if (notes.get(key)?.warnings.length) return `pcmt-cell-warned${commented}`;
          return commented.trim() || undefined;
        },
      });
    });
  }, [g, rows, copied, changedKeys, notes, discussed, refused, canEdit, language]);
  const footings = useMemo(
    () => ({
      summaries: (g?.elements ?? []).map((e) => columnSummary(rows, e, { units: g?.units ?? [], cells: refused })),
      places: rows.length,
    }),
    [g, rows, refused],
  );
  const placeLabel = t("grid.place");
  const gutterColumn = useMemo(
    () => ({
      basis: 190,
      grow: 0,
      title: placeLabel,
      component: ({ rowIndex }: { rowIndex: number }) => <span>{g?.units[rowIndex]?.name}</span>,
    }),
    [g, placeLabel],
  );

  if (grid.isError) return <ErrorAlert error={grid.error} />;
  if (!g) return <Text c="dimmed">{t("common.loading")}</Text>;
  if (g.elements.length === 0) return <Text c="dimmed">{t("grid.empty")}</Text>;

  const placeKind = g.level === "district" ? t("grid.placesKindDistrict") : t("grid.placesKindCommune");
  // What cannot be saved: text that is not a number, and numbers the server would refuse (with its reason).
  const invalid: { orgUnit: string; elementId: string; text: string; reason: string | null }[] = [];
  g.units.forEach((u, i) => {
    for (const e of g.elements) {
      const input: CellInput | undefined = rows[i]?.[e.id];
      const reason = refused.get(cellKey(u.code, e.id));
      if (isInvalid(input)) invalid.push({ orgUnit: u.code, elementId: e.id, text: input.invalid, reason: null });
      else if (reason !== undefined && typeof input === "number")
        invalid.push({ orgUnit: u.code, elementId: e.id, text: formatNumber(input), reason });
    }
  });
  const elementName = (id: string) => g.elements.find((e) => e.id === id)?.name ?? id;
  const placeName = (code: string) => g.units.find((u) => u.code === code)?.name ?? code;
  const savedCopies = g.notes.filter(
    (n) => n.copiedFrom !== null && !changedKeys.has(cellKey(n.orgUnit, n.elementId)),
  ).length;

  function onChange(next: GridRow[]) {
    // Typing over a copied value makes it the officer's own.
    const nextCopied = { ...copied };
    next.forEach((row, i) => {
      const code = g?.units[i]?.code ?? "";
      for (const [elementId, input] of Object.entries(row))
        if (input !== rows[i]?.[elementId]) delete nextCopied[cellKey(code, elementId)];
    });
    state.set({ rows: next, copied: nextCopied });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) {
      event.preventDefault();
      state.undo();
    } else if (key === "y" || (key === "z" && event.shiftKey)) {
      event.preventDefault();
      state.redo();
    }
  }

  async function copyPrevious() {
    if (!g) return;
    setCopying(true);
    try {
      const previous = await queryClient.fetchQuery({
        ...trpc.dataEntry.previousValues.queryOptions({ reportId }),
        staleTime: 0,
      });
      const values = new Map(previous.cells.map((c) => [cellKey(c.orgUnit, c.elementId), c.value]));
      const nextCopied = { ...copied };
      let count = 0;
      const next = rows.map((row, i) => {
        const code = g.units[i]?.code ?? "";
        const filled = { ...row };
        for (const e of g.elements) {
          const value = values.get(cellKey(code, e.id));
          if (row[e.id] === null && value !== undefined) {
            filled[e.id] = value;
            nextCopied[cellKey(code, e.id)] = previous.period;
            count++;
          }
        }
        return filled;
      });
      if (count === 0)
        notifications.show({
          color: "yellow",
          message: t("grid.copyPreviousNone", { period: periodLabel(previous.period) }),
        });
      else {
        state.set({ rows: next, copied: nextCopied });
        notifications.show({
          color: "yellow",
          message: t("grid.copiedPending", { count, period: periodLabel(previous.period) }),
          autoClose: 8000,
        });
      }
    } catch (error) {
      notifications.show({ color: "red", message: describeError(error, t("errors.network")).message });
    } finally {
      setCopying(false);
    }
  }

  async function saveEdits() {
    if (invalid.length > 0) return;
    const cells = changes.map((c) => ({
      orgUnit: c.orgUnit,
      elementId: c.elementId,
      value: c.input as number | null,
      copiedFrom: copied[cellKey(c.orgUnit, c.elementId)] ?? null,
    }));
    const sent = new Map(changes.map((c) => [cellKey(c.orgUnit, c.elementId), c.input]));
    try {
      const result = await save.mutateAsync({ reportId, cells });
      setRefusal({ problems: result.problems, sent });
      if (result.problems.length === 0) {
        setGrid(result.grid);
        notifications.show({
          color: result.warned > 0 ? "orange" : "green",
          message:
            result.warned > 0
              ? t("grid.savedWarned", { count: result.stored, warned: result.warned })
              : t("grid.saved", { count: result.stored }),
        });
      }
    } catch (error) {
      notifications.show({ color: "red", message: describeError(error, t("errors.network")).message });
    }
  }

  async function confirmCopies() {
    try {
      const result = await confirm.mutateAsync({ reportId });
      setGrid(result.grid);
      notifications.show({ color: "green", message: t("grid.copiesConfirmed", { count: result.confirmed }) });
    } catch (error) {
      notifications.show({ color: "red", message: describeError(error, t("errors.network")).message });
    }
  }

  async function importFrom(file: File | null) {
    if (!file) return;
    try {
      const result = await importFile.mutateAsync({ fields: { reportId }, file });
      setRefusal({ problems: result.problems, sent: null });
      if (result.problems.length === 0) {
        setGrid(result.grid);
        notifications.show({
          color: "green",
          message: t("grid.imported", { count: result.stored, fileName: file.name }),
        });
      }
    } catch (error) {
      notifications.show({ color: "red", message: describeError(error, t("errors.network")).message });
    }
  }

  async function exportXlsx() {
    const file = await queryClient.fetchQuery({
      ...trpc.dataEntry.exportFile.queryOptions({ reportId }),
      staleTime: 0,
    });
    downloadBase64(
      file.fileName,
      file.contentBase64,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  }

  const selected: SelectedCell | null = (() => {
    if (!active) return null;
    const unit = g.units[active.row];
    if (!unit) return null;
    const key = cellKey(unit.code, active.elementId);
    const note = notes.get(key);
    return {
      orgUnit: unit.code,
      placeName: unit.name,
      elementId: active.elementId,
      elementName: elementName(active.elementId),
      input: rows[active.row]?.[active.elementId] ?? null,
      refused: refused.get(key) ?? null,
      copiedFrom: copied[key] ?? (changedKeys.has(key) ? null : (note?.copiedFrom ?? null)),
      warnings: changedKeys.has(key) ? [] : (note?.warnings ?? []),
    };
  })();

  return (
    <Stack>
      <Group>
        {canEdit && (
          <Button onClick={saveEdits} loading={save.isPending} disabled={changes.length === 0 || invalid.length > 0}>
            {t("grid.save")}
          </Button>
        )}
        {canEdit && (
          <Button.Group>
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={state.undo}
              disabled={!state.canUndo}
            >
              {t("grid.undo")}
            </Button>
            <Button
              variant="default"
              leftSection={<IconArrowForwardUp size={16} />}
              onClick={state.redo}
              disabled={!state.canRedo}
            >
              {t("grid.redo")}
            </Button>
          </Button.Group>
        )}
        {canEdit && g.previousPeriod && (
          <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copyPrevious} loading={copying}>
            {t("grid.copyPrevious", { period: periodLabel(g.previousPeriod) })}
          </Button>
        )}
        {canEdit && (
          <FileButton onChange={importFrom} accept=".xlsx,.csv">
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconUpload size={16} />}
                loading={importFile.isPending}
              >
                {t("grid.importFile")}
              </Button>
            )}
          </FileButton>
        )}
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={exportXlsx}>
          {t("grid.exportFile")}
        </Button>
      </Group>
      <Group gap="lg">
        <Text size="sm" fw={600} data-testid="grid-places-filled">
          {t("grid.placesFilled", {
            filled: placesFilled(rows, { units: g.units, cells: refused }),
            total: g.units.length,
            kind: placeKind,
          })}
        </Text>
        <Text size="sm" c={changes.length ? "blue" : "dimmed"} data-testid="grid-save-status">
          {changes.length ? t("grid.unsaved", { count: changes.length }) : t("grid.allSaved")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("grid.levelNote", { level: g.level === "district" ? t("grid.levelDistrict") : t("grid.levelCommune") })}
        </Text>
      </Group>
      <UploadProgress sent={importFile.sent} pending={importFile.isPending} />
      {savedCopies > 0 && canEdit && (
        <Alert color="yellow" data-testid="grid-copies">
          <Group justify="space-between">
            <Text size="sm">{t("grid.copiedMarked", { count: savedCopies })}</Text>
            <Button
              size="xs"
              color="yellow"
              leftSection={<IconCheck size={14} />}
              onClick={confirmCopies}
              loading={confirm.isPending}
            >
              {t("grid.confirmCopies")}
            </Button>
          </Group>
        </Alert>
      )}
      {invalid.length > 0 && (
        <Alert color="red" title={t("grid.invalidCells", { count: invalid.length })} data-testid="grid-invalid">
          <List size="sm">
            {invalid.slice(0, 20).map((c) => (
              <List.Item key={cellKey(c.orgUnit, c.elementId)}>
                {t("grid.cellTitle", { place: placeName(c.orgUnit), element: elementName(c.elementId) })}: “{c.text}”
                {c.reason ? ` — ${c.reason}` : ""}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {problems.length > 0 && (
        <Alert color="red" title={t("grid.problems", { count: problems.length })} data-testid="grid-problems">
          <Table>
            <Table.Tbody>
              {problems.map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{p.row > 0 ? t("grid.row", { row: p.row }) : ""}</Table.Td>
                  <Table.Td>{p.column}</Table.Td>
                  <Table.Td>{p.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <div onKeyDown={onKeyDown} data-testid="data-grid" className="pcmt-grid">
            <ColumnSummaries.Provider value={footings}>
              <DynamicDataSheetGrid<GridRow>
                value={rows}
                onChange={onChange}
                columns={columns}
                lockRows
                disableContextMenu
                addRowsComponent={false}
                rowHeight={rowHeight}
                headerRowHeight={headerHeight}
                height={Math.min(headerHeight + rowHeight * rows.length + 2, 620)}
                gutterColumn={gutterColumn}
                // The details stay on the last cell chosen: writing a comment beside the grid leaves the grid.
                onActiveCellChange={({ cell }) => {
                  if (cell?.colId) setActive({ row: cell.row, elementId: cell.colId });
                }}
              />
            </ColumnSummaries.Provider>
          </div>
          <Group gap="md" mt={6}>
            <Legend className="pcmt-cell-edited" label={t("grid.legendEdited")} />
            <Legend className="pcmt-cell-copied" label={t("grid.legendCopied")} />
            <Legend className="pcmt-cell-warned" label={t("grid.legendWarned")} />
            <Legend className="pcmt-cell-invalid" label={t("grid.legendInvalid")} />
          </Group>
          {canEdit && (
            <Text size="xs" c="dimmed" mt={4}>
              {t("grid.help")}
            </Text>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <Paper withBorder p="sm">
            <CellDetails reportId={reportId} cell={selected}>
              {selected && (
                <TargetComments target={{ kind: "cell", orgUnit: selected.orgUnit, elementId: selected.elementId }} />
              )}
            </CellDetails>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

const ColumnSummaries = createContext<{ summaries: { filled: number; total: number | null }[]; places: number }>({
  summaries: [],
  places: 0,
});

/** A column's header: the data element's name and unit as the catalog says them, its total and places entered. */
function ColumnHeader({ index, name, unit }: { index: number; name: string; unit: string }) {
  const { t } = useTranslation();
  const { summaries, places } = useContext(ColumnSummaries);
  const summary = summaries[index] ?? { filled: 0, total: null };
  return (
    <Stack gap={2} data-testid={`grid-column-${index}`}>
      <Text size="xs" fw={600} lineClamp={3} title={name}>
        {name}
      </Text>
      <Text size="xs" c="dimmed">
        {unit}
      </Text>
      <Text size="xs" data-testid={`grid-total-${index}`}>
        {summary.total === null ? t("grid.noTotal") : t("grid.total", { value: formatNumber(summary.total) })} ·{" "}
        {t("grid.filled", { filled: summary.filled, total: places })}
      </Text>
    </Stack>
  );
}

function Legend({ className, label }: { className: string; label: string }) {
  return (
    <Text size="xs" c="dimmed">
      <span className={`pcmt-legend-swatch ${className}`} />
      {label}
    </Text>
  );
}
