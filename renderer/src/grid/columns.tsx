/** Column definitions for the stance matrix, declared with one module-scope column helper. */
import { createColumnHelper, type SortingFn } from '@tanstack/react-table';
import { STANCE_SORT_ORDER, type AxisItem, type CellView, type GridRow } from '../store/selectors';
import { StanceCell } from './StanceCell';

const columnHelper = createColumnHelper<GridRow>();

export const ROW_HEADER_ID = '__row';

const byStance: SortingFn<GridRow> = (a, b, columnId) => {
  const sa = a.getValue<CellView | undefined>(columnId)?.cell.stance ?? 'none';
  const sb = b.getValue<CellView | undefined>(columnId)?.cell.stance ?? 'none';
  return STANCE_SORT_ORDER[sa] - STANCE_SORT_ORDER[sb] || a.original.name.localeCompare(b.original.name);
};

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
