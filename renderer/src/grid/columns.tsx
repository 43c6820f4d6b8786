/** Column definitions for the stance matrix, declared with one module-scope column helper. */
import { createColumnHelper, type SortingFn, type SortingState } from '@tanstack/react-table';
import { STANCE_SORT_ORDER, type AxisItem, type GridRow } from '../store/selectors';
import { StanceCell } from './StanceCell';

const columnHelper = createColumnHelper<GridRow>();

export const ROW_HEADER_ID = '__row';

/** Rows by the stance in one column (firm positions first), then by name. */
export function compareByStance(a: GridRow, b: GridRow, columnId: string): number {
  const sa = a.cells[columnId]?.cell.stance ?? 'none';
  const sb = b.cells[columnId]?.cell.stance ?? 'none';
  return STANCE_SORT_ORDER[sa] - STANCE_SORT_ORDER[sb] || a.name.localeCompare(b.name);
}

const byStance: SortingFn<GridRow> = (a, b, columnId) => compareByStance(a.original, b.original, columnId);

/**
 * The rows in the order the grid shows them under `sorting` (what TanStack's sorted row model
 * does with these columns), for print and export to follow the screen.
 */
export function sortRows(rows: GridRow[], sorting: SortingState): GridRow[] {
  const sort = sorting[0];
  if (!sort) return rows;
  const compare =
    sort.id === ROW_HEADER_ID
      ? (a: GridRow, b: GridRow) => a.name.localeCompare(b.name)
      : (a: GridRow, b: GridRow) => compareByStance(a, b, sort.id);
  return [...rows].sort((a, b) => (sort.desc ? -compare(a, b) : compare(a, b)));
}

const clamp = (min: number, value: number, max: number) => Math.max(min, Math.min(max, value));

/**
 * A handful of columns share the width the grid has, so beside an open panel every demand still
 * shows; forty demands (or two hundred parties) get dense columns and scroll. Demand titles as rows
 * (transposed) get a wider row header that wraps, so titles are not cut.
 */
export function columnWidths(count: number, rowAxis: 'party' | 'demand', viewWidth: number) {
  const wide = rowAxis === 'demand';
  const rowHeader = viewWidth
    ? clamp(wide ? 180 : 132, Math.round(viewWidth * (wide ? 0.24 : 0.2)), wide ? 300 : 220)
    : wide
      ? 260
      : 200;
  const dense = count <= 8 ? 200 : count <= 16 ? 150 : 128;
  const cell =
    viewWidth && count <= 8
      ? clamp(112, Math.floor((viewWidth - rowHeader - 2) / Math.max(1, count)), 240)
      : dense;
  return { rowHeader, cell };
}

export function buildColumns(columns: AxisItem[], rowAxis: 'party' | 'demand', viewWidth = 0) {
  const { rowHeader, cell: size } = columnWidths(columns.length, rowAxis, viewWidth);
  return [
    columnHelper.accessor('name', {
      id: ROW_HEADER_ID,
      header: rowAxis === 'party' ? 'Party' : 'Demand',
      size: rowHeader,
      minSize: 120,
      maxSize: 480,
      sortingFn: (a, b) => a.original.name.localeCompare(b.original.name),
    }),
    ...columns.map((col) =>
      columnHelper.accessor((row) => row.cells[col.id], {
        id: col.id,
        header: col.name,
        size,
        minSize: 72,
        maxSize: 360,
        sortingFn: byStance,
        sortDescFirst: false,
        cell: (info) => {
          const view = info.getValue();
          return view ? <StanceCell view={view} /> : null;
        },
      }),
    ),
  ];
}
