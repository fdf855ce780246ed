import { KeyboardEvent, useId, useRef, useState } from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { cellAddress, columnLetters } from "../../engine";
import { CellRange, FormulaInputError, PreviewWorkbook, spreadsheetWork } from "../workbench";

/** Every row is drawn this high, so frozen rows know where to stick. */
const ROW_HEIGHT = 22;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    userSelect: "none",
    outlineStyle: "none",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  header: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
    height: `${ROW_HEIGHT - 1}px`,
    zIndex: 2,
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: "right",
    zIndex: 2,
  },
  // Above the row headers and frozen rows that scroll under it.
  corner: { zIndex: 4 },
  frozenHeader: { zIndex: 3 },
  cell: {
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    minWidth: "64px",
    maxWidth: "260px",
    height: `${ROW_HEIGHT - 1}px`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  frozen: { position: "sticky", zIndex: 1 },
  frozenEdge: { borderBottom: `2px solid ${tokens.colorNeutralStroke1}` },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  error: { color: tokens.colorPaletteRedForeground1, textAlign: "center" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  selected: { boxShadow: `inset 0 0 0 1000px ${tokens.colorBrandBackground2}` },
  // The active cell, as Excel marks it: a thick border, always visible while the grid has focus or not.
  active: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  editor: { width: "100%", border: "none", font: "inherit", padding: 0 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** Rows and columns drawn beyond the used range, and the most drawn, to keep large sheets quick. */
const MARGIN = { rows: 20, columns: 6 };
const LIMIT = { rows: 400, columns: 40 };
/**
 * Rows drawn at first, and added each time the grid is scrolled near its end (or the active cell
 * moves there): a sheet of thousands of rows opens with a screenful and a little more, not 400.
 */
const DRAWN_STEP = 100;
const POINTS_TO_PIXELS = 4 / 3;

interface Position {
  row: number;
  column: number;
}

interface GridProps {
  workbook: PreviewWorkbook;
}

const MOVES: Record<string, Position> = {
  ArrowUp: { row: -1, column: 0 },
  ArrowDown: { row: 1, column: 0 },
  ArrowLeft: { row: 0, column: -1 },
  ArrowRight: { row: 0, column: 1 },
};

/**
 * The active sheet as a grid, driven as in Excel: one tab stop; arrows move, Shift+arrows extend the
 * selection, Enter or F2 edit the active cell (typing starts an edit too), Escape cancels an edit,
 * Delete clears the selection. The mouse selects by click and drag (Shift extends), double-click edits.
 */
export function Grid({ workbook }: GridProps) {
  const styles = useStyles();
  const idPrefix = useId();
  const table = useRef<HTMLTableElement>(null);
  const [dragging, setDragging] = useState(false);
  const [anchor, setAnchor] = useState<Position>({ row: 0, column: 0 });
  const [extent, setExtent] = useState<Position>({ row: 0, column: 0 });
  const [editing, setEditing] = useState<Position & { text: string }>();
  const [problem, setProblem] = useState<string>();
  // Set once an edit is written or cancelled, so the editor's blur that follows does not write it again.
  const closing = useRef(false);
  const sheet = workbook.activeSheet;
  const used = workbook.dimensions(sheet);
  const layout = workbook.layout(sheet);
  const [drawnRows, setDrawnRows] = useState({ sheet, rows: DRAWN_STEP });
  const drawn = drawnRows.sheet === sheet ? drawnRows.rows : DRAWN_STEP;
  const sheetRows = Math.min(Math.max(used.rows, layout.freezeRows) + MARGIN.rows, LIMIT.rows);
  const columns = Math.min(Math.max(used.columns + MARGIN.columns, 10), LIMIT.columns);
  const { selection } = workbook;
  const inSelection = (row: number, column: number) =>
    selection.sheet === sheet &&
    row >= selection.top &&
    row <= selection.bottom &&
    column >= selection.left &&
    column <= selection.right;
  // The selection may have been set elsewhere (a new sheet, a sheet tab): the active cell stays inside it.
  const active = inSelection(anchor.row, anchor.column)
    ? anchor
    : { row: selection.top, column: selection.left };
  const end = inSelection(extent.row, extent.column)
    ? extent
    : { row: selection.bottom, column: selection.right };
  // Always as far as the active cell (the Name Box may move it anywhere); the grid's own moves draw
  // as far as they go (select, below).
  const rows = Math.min(sheetRows, Math.max(drawn, active.row + MARGIN.rows));
  const drawMore = (scroller: HTMLDivElement) => {
    const nearEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 200;
    if (nearEnd && rows < sheetRows) setDrawnRows({ sheet, rows: rows + DRAWN_STEP });
  };
  const sv = workbook.language === "sv";
  const cellId = (row: number, column: number) => `${idPrefix}-${cellAddress(row, column)}`;

  const coveredBy = new Map<string, CellRange>();
  for (const merge of layout.merges) {
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++)
        coveredBy.set(`${row},${column}`, merge);
    }
  }

  const select = (from: Position, to: Position) => {
    setAnchor(from);
    setExtent(to);
    if (to.row + MARGIN.rows > rows) setDrawnRows({ sheet, rows: to.row + MARGIN.rows });
    workbook.select({ sheet, top: from.row, left: from.column, bottom: to.row, right: to.column });
    document
      .getElementById(cellId(to.row, to.column))
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  };
  const pointerDown = (row: number, column: number, extend: boolean) => {
    select(extend ? active : { row, column }, { row, column });
    setDragging(true);
  };
  const startEdit = (position: Position, text: string) => {
    closing.current = false;
    setProblem(undefined);
    setEditing({ ...position, text });
  };
  const stopEdit = () => {
    closing.current = true;
    setEditing(undefined);
    setProblem(undefined);
    table.current?.focus();
  };
  /** Writes the edit; a formula that cannot be read keeps the editor open with the reason, as Excel does. */
  const commit = (move?: Position): boolean => {
    if (!editing || closing.current) return true;
    try {
      workbook.setInput(sheet, editing.row, editing.column, editing.text);
    } catch (error) {
      if (!(error instanceof FormulaInputError)) throw error;
      setProblem(error.message);
      return false;
    }
    const next = move
      ? clamp({ row: editing.row + move.row, column: editing.column + move.column })
      : editing;
    stopEdit();
    if (move) select(next, next);
    return true;
  };
  const clamp = (position: Position): Position => ({
    row: Math.max(0, Math.min(LIMIT.rows - 1, position.row)),
    column: Math.max(0, Math.min(LIMIT.columns - 1, position.column)),
  });

  const keyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      if (event.shiftKey)
        select(active, clamp({ row: end.row + move.row, column: end.column + move.column }));
      else {
        const next = clamp({ row: active.row + move.row, column: active.column + move.column });
        select(next, next);
      }
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      startEdit(active, workbook.cell(sheet, active.row, active.column).input);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      for (let row = selection.top; row <= selection.bottom; row++) {
        for (let column = selection.left; column <= selection.right; column++)
          workbook.setInput(sheet, row, column, "");
      }
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing replaces the active cell's content, as in Excel.
      event.preventDefault();
      startEdit(active, event.key);
    }
  };

  const frozenTop = (row: number) =>
    row < layout.freezeRows ? `${(row + 1) * ROW_HEIGHT}px` : undefined;
  const width = (column: number) => {
    const points = layout.columnWidths[column];
    return points === undefined ? undefined : `${Math.round(points * POINTS_TO_PIXELS)}px`;
  };

  // Drawing the cells is what Excel does in its own process: marked so the bench tells it from the pane.
  return spreadsheetWork("draw", () => (
    <div
      className={styles.scroller}
      onScroll={(event) => drawMore(event.currentTarget)}
      onMouseUp={() => setDragging(false)}
      onMouseLeave={() => setDragging(false)}
    >
      {problem && (
        <Caption1 role="alert" className={styles.problem}>
          {problem}
        </Caption1>
      )}
      <table
        ref={table}
        className={styles.table}
        role="grid"
        aria-label={sheet}
        aria-rowcount={rows + 1}
        aria-colcount={columns + 1}
        aria-multiselectable
        aria-activedescendant={editing ? undefined : cellId(active.row, active.column)}
        tabIndex={0}
        onKeyDown={keyDown}
      >
        <thead>
          <tr>
            <th
              className={mergeClasses(styles.header, styles.rowHeader, styles.corner)}
              aria-label={sv ? "Rad/kolumn" : "Row/column"}
            />
            {Array.from({ length: columns }, (_, column) => (
              <th
                key={column}
                className={styles.header}
                scope="col"
                style={{ minWidth: width(column), maxWidth: width(column) }}
              >
                {columnLetters(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => {
            const top = frozenTop(row);
            const frozen = top !== undefined;
            const lastFrozen = row === layout.freezeRows - 1;
            return (
              <tr key={row}>
                <th
                  className={mergeClasses(
                    styles.header,
                    styles.rowHeader,
                    frozen && styles.frozenHeader,
                    lastFrozen && styles.frozenEdge,
                  )}
                  style={frozen ? { top } : undefined}
                  scope="row"
                >
                  {row + 1}
                </th>
                {Array.from({ length: columns }, (_, column) => {
                  const merge = coveredBy.get(`${row},${column}`);
                  if (merge && (merge.top !== row || merge.left !== column)) return null;
                  const view = workbook.cell(sheet, row, column);
                  const colours = workbook.colours(sheet, row, column);
                  const isEditing = editing?.row === row && editing.column === column;
                  const isActive = active.row === row && active.column === column;
                  return (
                    <td
                      key={column}
                      id={cellId(row, column)}
                      role="gridcell"
                      data-cell={cellAddress(row, column)}
                      aria-selected={inSelection(row, column)}
                      colSpan={merge ? merge.right - merge.left + 1 : undefined}
                      rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
                      title={view.message ?? view.input}
                      className={mergeClasses(
                        styles.cell,
                        view.kind === "number" && styles.number,
                        view.kind === "error" && styles.error,
                        view.bold && styles.bold,
                        frozen && styles.frozen,
                        lastFrozen && styles.frozenEdge,
                        inSelection(row, column) && !isActive && styles.selected,
                        isActive && styles.active,
                      )}
                      style={{
                        top,
                        minWidth: width(column),
                        maxWidth: width(column),
                        backgroundColor: colours?.fill,
                        color: colours?.font ?? view.color,
                      }}
                      onMouseDown={(event) => {
                        if (isEditing) return;
                        event.preventDefault(); // keeps focus on the grid, not on the text
                        table.current?.focus();
                        pointerDown(row, column, event.shiftKey);
                      }}
                      onMouseEnter={() => dragging && select(active, { row, column })}
                      onDoubleClick={() => startEdit({ row, column }, view.input)}
                    >
                      {isEditing ? (
                        <input
                          className={styles.editor}
                          aria-label={cellAddress(row, column)}
                          aria-invalid={problem !== undefined}
                          autoFocus
                          value={editing.text}
                          onChange={(event) => setEditing({ ...editing, text: event.target.value })}
                          onBlur={() => commit()}
                          onKeyDown={(event) => {
                            event.stopPropagation();
                            if (event.key === "Enter")
                              commit(
                                event.shiftKey ? { row: -1, column: 0 } : { row: 1, column: 0 },
                              );
                            if (event.key === "Tab") {
                              event.preventDefault();
                              commit(
                                event.shiftKey ? { row: 0, column: -1 } : { row: 0, column: 1 },
                              );
                            }
                            if (event.key === "Escape") stopEdit();
                          }}
                        />
                      ) : (
                        view.text
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  ));
}
