/**
 * The stance matrix: TanStack Table for the model (sorting, column sizing), TanStack Virtual for
 * rows and columns so 200 × 40 (or transposed 40 × 200) renders only what is on screen.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnSizingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useStandpoint } from '../store';
import { type GridModel } from '../store/selectors';
import { buildColumns } from './columns';
import { BodyRow, ROW_HEIGHT } from './BodyRow';
import { HeaderCell } from './HeaderCell';
import { useGridKeyboard } from './useGridKeyboard';
import { useViewWidth } from './useViewWidth';
import './grid.css';

const HEADER_HEIGHT = 60;

export function MatrixGrid({ model }: { model: GridModel }) {
  const sorting = useStandpoint((s) => s.sorting);
  const setSorting = useStandpoint((s) => s.setSorting);
  const [columnSizing, setColumnSizing] = useState<ColumnSizingState>({});
  const scrollRef = useRef<HTMLDivElement>(null);
  const viewWidth = useViewWidth(scrollRef);
  const columns = useMemo(
    () => buildColumns(model.columns, model.rowAxis, viewWidth),
    [model.columns, model.rowAxis, viewWidth],
  );
  const table = useReactTable({
    data: model.rows,
    columns,
    state: { sorting, columnSizing },
    onSortingChange: (updater: Updater<typeof sorting>) =>
      setSorting(typeof updater === 'function' ? updater(sorting) : updater),
    onColumnSizingChange: setColumnSizing,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableColumnResizing: true,
    columnResizeMode: 'onChange',
    getRowId: (row) => row.id,
  });

  const rows = table.getRowModel().rows;
  const [rowHeaderColumn, ...dataColumns] = table.getVisibleLeafColumns();
  const rowHeaderWidth = rowHeaderColumn?.getSize() ?? 200;

  // The sticky header row and row-header column cover the cells under them: scrolling a cell into
  // view must stop short of them (scrollPaddingStart), and the lists start after them (scrollMargin).
  const rowVirtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const colVirtualizer = useVirtualizer({
    horizontal: true,
    count: dataColumns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => dataColumns[i]?.getSize() ?? 128,
    overscan: 4,
    scrollMargin: rowHeaderWidth,
    scrollPaddingStart: rowHeaderWidth,
  });
  useEffect(() => colVirtualizer.measure(), [columnSizing, columns, colVirtualizer]);

  const rowIds = useMemo(() => rows.map((r) => r.id), [rows]);
  // A party or demand just added (from the Vocabulary, or shown again by a filter) is brought into
  // view: on a long matrix it would otherwise appear below the fold, out of sight.
  const previousRowIds = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    const before = previousRowIds.current;
    previousRowIds.current = new Set(rowIds);
    if (!before || before.size === 0) return;
    const added = rowIds.filter((id) => !before.has(id));
    if (added.length !== 1) return;
    const index = rowIds.indexOf(added[0] as string);
    requestAnimationFrame(() => rowVirtualizer.scrollToIndex(index, { align: 'auto' }));
  }, [rowIds, rowVirtualizer]);
  const colIds = useMemo(() => dataColumns.map((c) => c.id), [dataColumns]);
  const scrollTo = useCallback(
    (row: number, col: number) => {
      rowVirtualizer.scrollToIndex(row, { align: 'auto' });
      colVirtualizer.scrollToIndex(col, { align: 'auto' });
    },
    [rowVirtualizer, colVirtualizer],
  );
  const { focusedIndex, onKeyDown, onCellClick } = useGridKeyboard({
    rowAxis: model.rowAxis,
    rowIds,
    colIds,
    scrollTo,
    gridRef: scrollRef,
    resizeColumn: (colId, delta) => {
      const column = table.getColumn(colId);
      if (!column) return;
      if (delta === 0) return column.resetSize();
      const { minSize = 20, maxSize = Number.MAX_SAFE_INTEGER } = column.columnDef;
      const width = Math.min(maxSize, Math.max(minSize, column.getSize() + delta));
      setColumnSizing((sizes) => ({ ...sizes, [colId]: width }));
    },
  });
  // Rows are memoised, so they get a click handler whose identity never changes.
  const clickRef = useRef(onCellClick);
  useEffect(() => {
    clickRef.current = onCellClick;
  });
  const stableCellClick = useCallback((r: number, c: number) => clickRef.current(r, c), []);
  const selected = useStandpoint((s) => {
    const top = s.panels.find((p) => p.kind === 'detail');
    return top?.kind === 'detail' ? top.cell : null;
  });
  const selectedRow = selected
    ? rowIds.indexOf(model.rowAxis === 'party' ? selected.party : selected.demand)
    : -1;
  const selectedCol = selected
    ? colIds.indexOf(model.rowAxis === 'party' ? selected.demand : selected.party)
    : -1;

  // A panel opening, a resized panel or window narrows the grid: keep the open cell in view.
  const follow = useRef({ selectedRow, selectedCol, scrollTo });
  useEffect(() => {
    follow.current = { selectedRow, selectedCol, scrollTo };
  });
  useEffect(() => {
    const { selectedRow: r, selectedCol: c, scrollTo: go } = follow.current;
    if (r >= 0 && c >= 0) requestAnimationFrame(() => go(r, c));
  }, [viewWidth, selectedRow, selectedCol]);

  const totalWidth = rowHeaderWidth + colVirtualizer.getTotalSize();
  const virtualCols = colVirtualizer.getVirtualItems();
  const leftPad = (virtualCols[0]?.start ?? rowHeaderWidth) - rowHeaderWidth;
  const rightPad =
    colVirtualizer.getTotalSize() - ((virtualCols.at(-1)?.end ?? rowHeaderWidth) - rowHeaderWidth);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const rowHeaderHeader = headers[0];

  return (
    <div className="grid-scroll" ref={scrollRef} data-testid="matrix-grid">
      <div
        role="grid"
        aria-label="Stance matrix"
        aria-rowcount={rows.length + 1}
        aria-colcount={dataColumns.length + 1}
        className="grid"
        style={{ width: totalWidth }}
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" className="grid-head" style={{ height: HEADER_HEIGHT }}>
          <div
            role="row"
            aria-rowindex={1}
            className="grid-row"
            style={{ width: totalWidth, height: HEADER_HEIGHT }}
          >
            {rowHeaderHeader && (
              <HeaderCell
                header={rowHeaderHeader}
                colIndex={1}
                className="grid-corner"
                width={rowHeaderWidth}
              />
            )}
            <div className="grid-pad" style={{ width: leftPad }} />
            {virtualCols.map((vc) => {
              const header = headers[vc.index + 1];
              return header ? (
                <HeaderCell
                  key={header.id}
                  header={header}
                  colIndex={vc.index + 2}
                  width={vc.size}
                  selected={vc.index === selectedCol}
                />
              ) : null;
            })}
            <div className="grid-pad" style={{ width: rightPad }} />
          </div>
        </div>
        <div role="rowgroup" className="grid-body" style={{ height: rowVirtualizer.getTotalSize() }}>
          {rowVirtualizer.getVirtualItems().map((vr) => {
            const row = rows[vr.index]!;
            return (
              <BodyRow
                key={row.id}
                row={row}
                rowIndex={vr.index}
                top={vr.start - HEADER_HEIGHT}
                virtualCols={virtualCols}
                totalWidth={totalWidth}
                rowHeaderWidth={rowHeaderWidth}
                leftPad={leftPad}
                rightPad={rightPad}
                focusedCol={focusedIndex.row === vr.index ? focusedIndex.col : -1}
                selectedCol={vr.index === selectedRow ? selectedCol : -1}
                rowAxis={model.rowAxis}
                columns={model.columns}
                onCellClick={stableCellClick}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
