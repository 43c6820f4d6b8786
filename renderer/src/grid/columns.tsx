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

export function buildColumns(columns: AxisItem[], rowAxisLabel: string) {
  // A handful of demands gets room for their titles; forty (or two hundred parties) get dense.
  const size = columns.length <= 8 ? 200 : columns.length <= 16 ? 150 : 128;
  return [
    columnHelper.accessor('name', {
      id: ROW_HEADER_ID,
      header: rowAxisLabel,
      size: 200,
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
