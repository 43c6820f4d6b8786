/**
 * The stance matrix: TanStack Table for the model (sorting, column sizing), TanStack Virtual for
 * rows and columns so 200 × 40 (or transposed 40 × 200) renders only what is on screen.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnSizingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';
import { useStandpoint } from '../store';
import { type GridModel } from '../store/selectors';
import { buildColumns, ROW_HEADER_ID } from './columns';
import { BodyRow, ROW_HEIGHT } from './BodyRow';
import { useGridKeyboard } from './useGridKeyboard';
import './grid.css';

const HEADER_HEIGHT = 60;

export function MatrixGrid({ model }: { model: GridModel }) {
  const sorting = useStandpoint((s) => s.sorting);
  const setSorting = useStandpoint((s) => s.setSorting);
  const [columnSizing, setColumnSizing] = useState<ColumnSizingState>({});
  const columns = useMemo(
    () => buildColumns(model.columns, model.rowAxis === 'party' ? 'Party' : 'Demand'),
    [model.columns, model.rowAxis],
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
  const scrollRef = useRef<HTMLDivElement>(null);

  const rowVirtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const colVirtualizer = useVirtualizer({
    horizontal: true,
    count: dataColumns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => dataColumns[i]?.getSize() ?? 128,
    overscan: 4,
  });
  useEffect(() => colVirtualizer.measure(), [columnSizing, columns, colVirtualizer]);

  const rowIds = useMemo(() => rows.map((r) => r.id), [rows]);
  const colIds = useMemo(() => dataColumns.map((c) => c.id), [dataColumns]);
  const { focusedIndex, onKeyDown, onCellClick } = useGridKeyboard({
    rowAxis: model.rowAxis,
    rowIds,
    colIds,
    scrollTo: (row, col) => {
      rowVirtualizer.scrollToIndex(row, { align: 'auto' });
      colVirtualizer.scrollToIndex(col, { align: 'auto' });
    },
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

  const rowHeaderWidth = rowHeaderColumn?.getSize() ?? 200;
  const totalWidth = rowHeaderWidth + colVirtualizer.getTotalSize();
  const virtualCols = colVirtualizer.getVirtualItems();
  const leftPad = virtualCols[0]?.start ?? 0;
  const rightPad = colVirtualizer.getTotalSize() - (virtualCols.at(-1)?.end ?? 0);
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
                  showId={model.rowAxis === 'party'}
                />
              ) : null;
            })}
            <div className="grid-pad" style={{ width: rightPad }} />
          </div>
        </div>
        <div role="rowgroup" className="grid-body" style={{ height: rowVirtualizer.getTotalSize() }}>
          {rowVirtualizer.getVirtualItems().map((vr) => {
            const row = rows[vr.index]!;
            const selectedCol =
              selected && (model.rowAxis === 'party' ? selected.party : selected.demand) === row.id
                ? colIds.indexOf(model.rowAxis === 'party' ? selected.demand : selected.party)
                : -1;
            return (
              <BodyRow
                key={row.id}
                row={row}
                rowIndex={vr.index}
                top={vr.start}
                virtualCols={virtualCols}
                totalWidth={totalWidth}
                rowHeaderWidth={rowHeaderWidth}
                leftPad={leftPad}
                rightPad={rightPad}
                focusedCol={focusedIndex.row === vr.index ? focusedIndex.col : -1}
                selectedCol={selectedCol}
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

type AnyHeader = ReturnType<
  ReturnType<typeof useReactTable<GridModel['rows'][number]>>['getFlatHeaders']
>[number];

function HeaderCell({
  header,
  colIndex,
  width,
  className = '',
  showId = false,
}: {
  header: AnyHeader;
  colIndex: number;
  width: number;
  className?: string;
  showId?: boolean;
}) {
  const sorted = header.column.getIsSorted();
  const isRowHeader = header.column.id === ROW_HEADER_ID;
  const label = String(header.column.columnDef.header ?? header.column.id);
  return (
    <div
      role="columnheader"
      aria-colindex={colIndex}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
      className={`grid-colheader ${className}`}
      style={{ width }}
    >
      {/* One tab stop for the whole grid (ARIA grid pattern): headers sort by mouse, or s / n keys. */}
      <button
        type="button"
        tabIndex={-1}
        className="grid-sort"
        onClick={header.column.getToggleSortingHandler()}
        title={isRowHeader ? `Sort by ${label.toLowerCase()} name` : `${label} — sort rows by stance`}
      >
        <span className="grid-colheader__text">
          <span className="grid-colheader__label">{label}</span>
          {/* Demand ids are the short names analysts and the print layout use ("non-expansion"). */}
          {showId && <span className="grid-colheader__id">{header.column.id}</span>}
        </span>
        <span className="grid-sort__arrow" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
        </span>
      </button>
      <div
        className={`grid-resizer${header.column.getIsResizing() ? ' is-resizing' : ''}`}
        onMouseDown={header.getResizeHandler()}
        onTouchStart={header.getResizeHandler()}
        onDoubleClick={() => header.column.resetSize()}
        aria-hidden="true"
      />
    </div>
  );
}
