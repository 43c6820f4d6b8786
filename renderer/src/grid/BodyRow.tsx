import { memo } from 'react';
import { flexRender, type Row } from '@tanstack/react-table';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { AxisItem, GridRow } from '../store/selectors';
import { describeCell } from './StanceCell';

export const ROW_HEIGHT = 44;

interface Props {
  row: Row<GridRow>;
  rowIndex: number;
  top: number;
  virtualCols: VirtualItem[];
  totalWidth: number;
  rowHeaderWidth: number;
  leftPad: number;
  rightPad: number;
  /** Column index holding the roving tab stop in this row, or -1. */
  focusedCol: number;
  /** Column index of the cell whose detail is open, or -1. */
  selectedCol: number;
  rowAxis: 'party' | 'demand';
  columns: AxisItem[];
  onCellClick: (row: number, col: number) => void;
}

/** One matrix row. Memoised: moving focus re-renders only the two rows it leaves and enters. */
export const BodyRow = memo(function BodyRow({
  row,
  rowIndex,
  top,
  virtualCols,
  totalWidth,
  rowHeaderWidth,
  leftPad,
  rightPad,
  focusedCol,
  selectedCol,
  rowAxis,
  columns,
  onCellClick,
}: Props) {
  const cells = row.getVisibleCells();
  return (
    <div
      role="row"
      aria-rowindex={rowIndex + 2}
      className="grid-row"
      style={{ width: totalWidth, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
    >
      <div
        role="rowheader"
        aria-colindex={1}
        className={`grid-rowheader${selectedCol >= 0 ? ' is-selected' : ''}`}
        style={{ width: rowHeaderWidth }}
        title={row.original.name}
      >
        <span className="grid-rowheader__name">{row.original.name}</span>
      </div>
      <div className="grid-pad" style={{ width: leftPad }} />
      {virtualCols.map((vc) => {
        const cell = cells[vc.index + 1];
        if (!cell) return null;
        const colId = cell.column.id;
        const party = rowAxis === 'party' ? row.id : colId;
        const demand = rowAxis === 'party' ? colId : row.id;
        const isSelected = selectedCol === vc.index;
        return (
          <div
            role="gridcell"
            key={cell.id}
            aria-colindex={vc.index + 2}
            aria-selected={isSelected}
            aria-label={describeCell(
              row.original.name,
              columns[vc.index]?.name ?? colId,
              row.original.cells[colId],
            )}
            data-cell={`${party}|${demand}`}
            tabIndex={focusedCol === vc.index ? 0 : -1}
            className={`grid-cell${isSelected ? ' is-selected' : ''}`}
            style={{ width: vc.size }}
            onClick={() => onCellClick(rowIndex, vc.index)}
          >
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </div>
        );
      })}
      <div className="grid-pad" style={{ width: rightPad }} />
    </div>
  );
});
