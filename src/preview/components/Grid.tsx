import { useState } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { cellAddress, columnLetters } from "../../engine";
import { PreviewWorkbook } from "../workbench";

const useStyles = makeStyles({
  scroller: { overflow: "auto", flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, userSelect: "none" },
  header: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
    zIndex: 1,
  },
  rowHeader: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground3, textAlign: "right", zIndex: 1 },
  // Above the row headers that scroll under it (same z-index, later in the DOM, they would paint over it).
  corner: { zIndex: 2 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    minWidth: "64px",
    maxWidth: "260px",
    height: "20px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  error: { color: tokens.colorPaletteRedForeground1, textAlign: "center" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  editor: { width: "100%", border: "none", font: "inherit", padding: 0 },
});

/** Rows and columns drawn beyond the used range, and the most drawn, to keep large sheets quick. */
const MARGIN = { rows: 20, columns: 6 };
const LIMIT = { rows: 400, columns: 40 };

interface GridProps {
  workbook: PreviewWorkbook;
}

/** The active sheet as a grid: click or drag to select (Shift extends), double-click to edit a cell. */
export function Grid({ workbook }: GridProps) {
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);
  const [anchor, setAnchor] = useState({ row: 0, column: 0 });
  const [editing, setEditing] = useState<{ row: number; column: number; text: string }>();
  const sheet = workbook.activeSheet;
  const used = workbook.dimensions(sheet);
  const rows = Math.min(used.rows + MARGIN.rows, LIMIT.rows);
  const columns = Math.min(Math.max(used.columns + MARGIN.columns, 10), LIMIT.columns);
  const { selection } = workbook;
  const inSelection = (row: number, column: number) =>
    selection.sheet === sheet && row >= selection.top && row <= selection.bottom && column >= selection.left && column <= selection.right;

  const selectTo = (from: { row: number; column: number }, row: number, column: number) =>
    workbook.select({ sheet, top: from.row, left: from.column, bottom: row, right: column });
  const pointerDown = (row: number, column: number, extend: boolean) => {
    const from = extend ? anchor : { row, column };
    if (!extend) setAnchor(from);
    selectTo(from, row, column);
    setDragging(true);
  };
  const commit = () => {
    if (editing) workbook.setInput(sheet, editing.row, editing.column, editing.text);
    setEditing(undefined);
  };

  return (
    <div className={styles.scroller} onMouseUp={() => setDragging(false)} onMouseLeave={() => setDragging(false)}>
      <table className={styles.table} role="grid" aria-label={sheet} aria-rowcount={rows} aria-colcount={columns}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.header, styles.rowHeader, styles.corner)} />
            {Array.from({ length: columns }, (_, column) => (
              <th key={column} className={styles.header} scope="col">
                {columnLetters(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => (
            <tr key={row}>
              <th className={mergeClasses(styles.header, styles.rowHeader)} scope="row">
                {row + 1}
              </th>
              {Array.from({ length: columns }, (_, column) => {
                const view = workbook.cell(sheet, row, column);
                const isEditing = editing?.row === row && editing.column === column;
                return (
                  <td
                    key={column}
                    role="gridcell"
                    data-cell={cellAddress(row, column)}
                    aria-selected={inSelection(row, column)}
                    title={view.message ?? view.input}
                    className={mergeClasses(
                      styles.cell,
                      view.kind === "number" && styles.number,
                      view.kind === "error" && styles.error,
                      view.bold && styles.bold,
                      inSelection(row, column) && styles.selected,
                    )}
                    onMouseDown={(event) => pointerDown(row, column, event.shiftKey)}
                    onMouseEnter={() => dragging && selectTo(anchor, row, column)}
                    onDoubleClick={() => setEditing({ row, column, text: view.input })}
                  >
                    {isEditing ? (
                      <input
                        className={styles.editor}
                        aria-label={cellAddress(row, column)}
                        autoFocus
                        value={editing.text}
                        onChange={(event) => setEditing({ ...editing, text: event.target.value })}
                        onBlur={commit}
                        onKeyDown={(event) => {
                          if (event.key === "Enter") commit();
                          if (event.key === "Escape") setEditing(undefined);
                        }}
                      />
                    ) : (
                      view.text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
